import type { BudgetLineResult } from "../budget/budgetLine";
import { BUDGET_STATUS_LABELS, type BudgetStatusId } from "../budget/budgetStatus";
import { formatAmount } from "../budget/formatAmount";
import { lowerFirst } from "../budget/lowerFirst";
import { readUnit, type Unit } from "../budget/moneyUnit";
import { findingMessage } from "../findings/finding";
import type { Language } from "../model/status";
import { formatNumber } from "../numbers/formatNumber";

/** A line's amount with the line's own unit, else the table's: "90 tỷ đồng". */
export function lineAmount(
  value: number,
  line: Pick<BudgetLineResult, "unit">,
  tableUnit: Unit | undefined,
  lang: Language,
): string {
  return formatAmount(value, readUnit(line.unit) ?? tableUnit, lang);
}

/** "% dự toán" with one decimal at most: "150%". */
export function budgetPercent(percent: number, lang: Language): string {
  return `${formatNumber(percent, lang, 1)}%`;
}

/**
 * One budget line with its figures as a report quotes it: "Chi sự nghiệp kinh tế thực hiện 90
 * tỷ đồng, bằng 150% dự toán (dự toán 60 tỷ đồng)"; a line whose check failed says what failed.
 */
export function budgetLinePhrase(
  line: BudgetLineResult,
  tableUnit: Unit | undefined,
  lang: Language,
): string {
  const vi = lang === "vi";
  const name = line.code ? `${line.code}. ${line.name}` : line.name;
  const { estimate, actual } = line.amounts;
  if (line.status === "mismatch" || line.status === "missing" || line.status === "invalid") {
    const first = line.findings.find((f) => f.severity !== "info") ?? line.findings[0];
    const said = first
      ? findingMessage(first, lang).replace(/\.$/, "")
      : BUDGET_STATUS_LABELS[lang][line.status];
    return `${name}: ${lowerFirst(said)}`;
  }
  const parts: string[] = [];
  if (actual !== undefined) {
    const share =
      line.percentOfEstimate === undefined
        ? ""
        : vi
          ? `, bằng ${budgetPercent(line.percentOfEstimate, lang)} dự toán`
          : `, ${budgetPercent(line.percentOfEstimate, lang)} of the estimate`;
    parts.push(
      vi
        ? `thực hiện ${lineAmount(actual, line, tableUnit, lang)}${share}`
        : `actual ${lineAmount(actual, line, tableUnit, lang)}${share}`,
    );
  }
  if (estimate !== undefined) {
    parts.push(
      vi
        ? `(dự toán ${lineAmount(estimate, line, tableUnit, lang)})`
        : `(estimate ${lineAmount(estimate, line, tableUnit, lang)})`,
    );
  }
  return parts.length === 0 ? name : `${name} ${parts.join(" ")}`;
}

/** "2 khoản chậm tiến độ:" / "2 lines behind pace:". */
export function budgetGroupLead(status: BudgetStatusId, count: number, lang: Language): string {
  const label = BUDGET_STATUS_LABELS[lang][status];
  return lang === "vi"
    ? `${count} khoản ${lowerFirst(label)}:`
    : `${count} ${count === 1 ? "line" : "lines"} ${lowerFirst(label)}:`;
}
