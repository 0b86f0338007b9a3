import { PERIOD_LABELS, type PeriodId } from "../model/period";
import type { Language } from "../model/status";
import { formatNumber } from "../numbers/formatNumber";
import { formatAmount } from "./formatAmount";
import { lowerFirst, upperFirst } from "./lowerFirst";
import type { Unit } from "./moneyUnit";
import type { BudgetSection, BudgetTableKind } from "./rawBudget";
import type { SectionTotal } from "./sectionTotals";

/** A line as the sentences quote it. */
export interface QuotedLine {
  name: string;
  depth: number;
  isTotal: boolean;
  value?: number;
}

export interface SentenceInput {
  kind: BudgetTableKind;
  period: PeriodId;
  unit?: Unit;
  title?: string;
  /** The actual column holds an estimate of the execution ("Ước thực hiện", "ƯTH"). */
  actualIsEstimate: boolean;
  /** Section totals, or for a table without sections its own total. */
  totals: readonly SectionTotal[];
  /** A breakdown's or a share table's lines, in order. */
  lines: readonly QuotedLine[];
}

const SUBJECT_EN: Record<BudgetSection, string> = { revenue: "revenue", expenditure: "spending" };

function percentText(percent: number, lang: Language): string {
  return `${formatNumber(percent, lang, 1)}%`;
}

function viClause(total: SectionTotal, input: SentenceInput): string | undefined {
  const amount = (value: number) => formatAmount(value, input.unit, "vi");
  const verb = input.actualIsEstimate ? "ước đạt" : "đạt";
  const { name, estimate, actual, percentOfEstimate } = total;
  if (actual !== undefined) {
    const share =
      percentOfEstimate === undefined
        ? ""
        : `, bằng ${percentText(percentOfEstimate, "vi")} dự toán`;
    return `${lowerFirst(name)} ${verb} ${amount(actual)}${share}`;
  }
  return estimate === undefined ? undefined : `dự toán ${lowerFirst(name)} ${amount(estimate)}`;
}

function enClause(total: SectionTotal, input: SentenceInput): string | undefined {
  const amount = (value: number) => formatAmount(value, input.unit, "en");
  const verb = input.actualIsEstimate ? "is estimated at" : "reached";
  const subject = `${SUBJECT_EN[total.section]} (“${total.name}”)`;
  const { estimate, actual, percentOfEstimate } = total;
  if (actual !== undefined) {
    const share =
      percentOfEstimate === undefined
        ? ""
        : `, ${percentText(percentOfEstimate, "en")} of the estimate`;
    return `${subject} ${verb} ${amount(actual)}${share}`;
  }
  return estimate === undefined ? undefined : `the estimate for ${subject} is ${amount(estimate)}`;
}

function amountsSentence(input: SentenceInput, lang: Language): string {
  const clauses = input.totals.flatMap((total) => {
    const clause = lang === "vi" ? viClause(total, input) : enClause(total, input);
    return clause === undefined ? [] : [lowerFirst(clause)];
  });
  if (clauses.length === 0) return "";
  const body = clauses.join("; ");
  if (input.period === "year") return `${upperFirst(body)}.`;
  return `${PERIOD_LABELS[lang][input.period]}: ${body}.`;
}

function quoted(line: QuotedLine, input: SentenceInput, lang: Language): string {
  const value = line.value === undefined ? "?" : formatAmount(line.value, input.unit, lang);
  return lang === "vi" ? `${lowerFirst(line.name)} ${value}` : `“${line.name}” ${value}`;
}

function breakdownSentence(input: SentenceInput, lang: Language): string {
  const total = input.lines.find((line) => line.isTotal);
  if (!total || total.value === undefined) return "";
  const parts = input.lines.filter((line) => !line.isTotal && line.depth === 0);
  // A total without parts (a template's empty rows) has nothing to break down.
  if (parts.length === 0) return "";
  const amount = formatAmount(total.value, input.unit, lang);
  const list = parts.map((part) => quoted(part, input, lang)).join("; ");
  if (lang === "vi") return `${upperFirst(lowerFirst(total.name))} là ${amount}, trong đó ${list}.`;
  return `“${total.name}”: ${amount}, of which ${list}.`;
}

function sharesSentence(input: SentenceInput, lang: Language): string {
  const parts = input.lines.filter((line) => !line.isTotal && line.depth === 0);
  const list = parts
    .map((part) => {
      const value = part.value === undefined ? "?" : percentText(part.value, lang);
      return lang === "vi" ? `${lowerFirst(part.name)} ${value}` : `“${part.name}” ${value}`;
    })
    .join("; ");
  const title = input.title?.trim() || (lang === "vi" ? "Cơ cấu" : "Shares");
  return parts.length === 0 ? "" : `${title}: ${list}.`;
}

/**
 * The table's figures as a report writes them: "Tổng thu ngân sách nhà nước trên địa bàn ước
 * đạt 4.435 tỷ đồng, bằng 100% dự toán; tổng chi ngân sách địa phương ước đạt 1.842 tỷ đồng,
 * bằng 96% dự toán." For a breakdown, the total and its parts; for shares, each share. "" when
 * the table gives nothing to quote.
 */
export function budgetSentence(input: SentenceInput, lang: Language = "vi"): string {
  if (input.kind === "breakdown") return breakdownSentence(input, lang);
  if (input.kind === "shares") return sharesSentence(input, lang);
  return amountsSentence(input, lang);
}
