import type { BudgetLineResult } from "../../engine/budget/budgetLine";
import { BUDGET_STATUS_LABELS, type BudgetStatusId } from "../../engine/budget/budgetStatus";
import { formatAmount } from "../../engine/budget/formatAmount";
import type { BudgetSection } from "../../engine/budget/rawBudget";
import { findingMessage, findingPlace, type Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { formatNumber } from "../../engine/numbers/formatNumber";
import {
  budgetGroupLead,
  budgetLinePhrase,
  budgetPercent,
} from "../../engine/report/budgetLinePhrase";
import type { BudgetWorkbookCheck } from "../budget/check/checkBudgetWorkbook";
import { hasNoFigures, noFiguresFinding } from "../budget/check/noFigures";
import type { ReviewItem } from "./planReport";
import { budgetReportTitle, unitName } from "./reportTitle";

export interface BudgetGroup {
  status: BudgetStatusId;
  lead: string;
  items: string[];
}

/** A section of a table's report: revenue or spending. */
export interface BudgetPart {
  section: BudgetSection;
  /** The section's total as the engine's sentence words it, when there is one. */
  total?: { name: string; estimate?: string; actual?: string; percent?: string };
  groups: BudgetGroup[];
  /** Lines counted but not listed ("15 khoản đạt dự toán"). */
  counted: string[];
}

export interface BudgetAppendixRow {
  code: string;
  name: string;
  depth: number;
  isTotal: boolean;
  estimate: string;
  actual: string;
  percent: string;
  status: string;
}

export interface BudgetTableReport {
  /** "Sheet — unit". */
  heading: string;
  /** The engine's sentence, or the "no figures" finding for an empty form. */
  sentence: string;
  blank: boolean;
  /** The money unit as typed ("tỷ đồng"). */
  unit?: string;
  parts: BudgetPart[];
  lines: BudgetAppendixRow[];
  /** The lines' checked results, in row order (the appendix rows). */
  results: BudgetLineResult[];
  /** What the checks found in this table: errors and warnings, with their cells. */
  review: ReviewItem[];
}

export interface BudgetReport {
  kind: "budget";
  lang: Language;
  unit?: string;
  year?: number;
  period: PeriodId;
  title: string;
  tables: BudgetTableReport[];
  /** Findings outside any table (a sheet without a budget table, unnamed columns). */
  review: ReviewItem[];
}

/** Listed one by one, with figures: what an officer must explain. */
const LISTED: Record<BudgetSection, BudgetStatusId[]> = {
  revenue: ["above_estimate", "behind", "below_estimate"],
  expenditure: ["over_estimate"],
};
/** Counted only. */
const COUNTED: Record<BudgetSection, BudgetStatusId[]> = {
  revenue: ["met_estimate", "on_pace"],
  expenditure: ["within_estimate"],
};

function groups(
  lines: readonly BudgetLineResult[],
  statuses: readonly BudgetStatusId[],
  unit: Parameters<typeof budgetLinePhrase>[1],
  lang: Language,
): BudgetGroup[] {
  return statuses.flatMap((status) => {
    const matching = lines.filter((l) => l.status === status);
    if (matching.length === 0) return [];
    return [
      {
        status,
        lead: budgetGroupLead(status, matching.length, lang),
        items: matching.map((l) => budgetLinePhrase(l, unit, lang)),
      },
    ];
  });
}

function counted(
  lines: readonly BudgetLineResult[],
  statuses: readonly BudgetStatusId[],
  lang: Language,
): string[] {
  return statuses.flatMap((status) => {
    const n = lines.filter((l) => l.status === status).length;
    if (n === 0) return [];
    const label = BUDGET_STATUS_LABELS[lang][status].toLocaleLowerCase(lang);
    return [lang === "vi" ? `${n} khoản ${label}` : `${n} ${n === 1 ? "line" : "lines"} ${label}`];
  });
}

/** Errors and warnings with their places; notes for information are left to the checked copy. */
function reviewItems(findings: readonly Finding[], lang: Language): ReviewItem[] {
  return findings
    .filter((f) => f.severity !== "info")
    .map((f) => ({ place: findingPlace(f), message: findingMessage(f, lang) }));
}

const YEAR = /\b(19|20)\d{2}\b/;

/** The report on a checked budget workbook: each table's sentence, lines and checks. */
export function budgetReport(check: BudgetWorkbookCheck, lang: Language = "vi"): BudgetReport {
  const tables: BudgetTableReport[] = [];
  const inTables = new Set<Finding>();
  for (const sheet of check.sheets) {
    for (const { table, check: budget } of sheet.tables) {
      const blank = hasNoFigures(budget);
      const shown = budget.lines.filter((l) => l.status !== "caption" || l.name.trim() !== "");
      const unit = budget.sentenceInput.unit;
      const amount = (v: number | undefined) =>
        v === undefined ? undefined : formatAmount(v, unit, lang);
      const parts: BudgetPart[] = (["revenue", "expenditure"] as const).map((section) => {
        const lines = budget.lines.filter((l) => l.section === section && !l.isTotal);
        const total = budget.totals.find((t) => t.section === section);
        const estimate = amount(total?.estimate);
        const actual = amount(total?.actual);
        return {
          section,
          ...(total
            ? {
                total: {
                  name: total.name,
                  ...(estimate === undefined ? {} : { estimate }),
                  ...(actual === undefined ? {} : { actual }),
                  ...(total.percentOfEstimate === undefined
                    ? {}
                    : { percent: budgetPercent(total.percentOfEstimate, lang) }),
                },
              }
            : {}),
          groups: groups(lines, LISTED[section], unit, lang),
          counted: counted(lines, COUNTED[section], lang),
        };
      });
      budget.findings.forEach((f) => inTables.add(f));
      const figure = (v: number | undefined) => (v === undefined ? "" : formatNumber(v, lang));
      tables.push({
        heading: table.unitName ? `${sheet.sheet} — ${table.unitName}` : sheet.sheet,
        sentence: blank ? findingMessage(noFiguresFinding(table), lang) : budget.sentence,
        blank,
        ...(budget.unit === undefined ? {} : { unit: budget.unit }),
        parts: parts.filter((p) => p.total || p.groups.length > 0 || p.counted.length > 0),
        lines: shown.map((l) => ({
          code: l.code ?? "",
          name: l.name,
          depth: l.depth,
          isTotal: l.isTotal,
          estimate: figure(l.amounts.estimate),
          actual: figure(l.amounts.actual),
          percent:
            l.percentOfEstimate === undefined ? "" : budgetPercent(l.percentOfEstimate, lang),
          status: l.label,
        })),
        results: shown,
        review: reviewItems(budget.findings, lang),
      });
    }
  }
  const first = check.sheets.flatMap((s) => s.tables)[0];
  const period = first?.check.period ?? "year";
  const yearText = first?.table.title?.match(YEAR)?.[0];
  const year = yearText === undefined ? undefined : Number(yearText);
  return {
    kind: "budget",
    lang,
    ...(first?.table.unitName === undefined ? {} : { unit: unitName(first.table.unitName) }),
    ...(year === undefined ? {} : { year }),
    period,
    title: budgetReportTitle(period, year, lang),
    tables,
    review: reviewItems(
      check.findings.filter((f) => !inTables.has(f)),
      lang,
    ),
  };
}
