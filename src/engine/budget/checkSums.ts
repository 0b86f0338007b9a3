import { finding } from "../findings/finding";
import { cellAddress } from "./cellAddress";
import { columnParams } from "./columnLabels";
import type { RawBudgetTable } from "./rawBudget";
import { halfUnit } from "./shownDecimals";
import type { WorkLine } from "./workLine";

export const SUMMED_COLUMNS = ["estimate", "actual", "lastYear"] as const;
export type SummedColumn = (typeof SUMMED_COLUMNS)[number];

/** The parts' total in the table's unit, as typed and with slips corrected; undefined to skip. */
function partsTotal(
  parts: readonly WorkLine[],
  column: SummedColumn,
): { typed: number; corrected: number } | undefined {
  if (parts.some((part) => part.figures[column].kind === "bad")) return undefined;
  if (parts.every((part) => part.figures[column].kind === "empty")) return undefined;
  // A blank estimate or actual has its own finding; the sum is checked once it is filled in.
  if (column !== "lastYear" && parts.some((part) => part.figures[column].kind === "empty")) {
    return undefined;
  }
  let typed = 0;
  let corrected = 0;
  for (const part of parts) {
    const figure = part.figures[column];
    // A blank last year's figure counts as nothing, as the sheet's SUM counts it.
    if (figure.kind !== "number") continue;
    typed += figure.value * part.scale;
    corrected += (part.corrected[column] ?? figure.value) * part.scale;
  }
  return { typed, corrected };
}

function checkLine(
  line: WorkLine,
  lines: readonly WorkLine[],
  table: RawBudgetTable,
  column: SummedColumn,
): void {
  const figure = line.figures[column];
  if (figure.kind !== "number") return;
  const parts = line.parts.map((i) => lines[i]).filter((part) => !part.foreignUnit);
  if (parts.length === 0) return;
  const total = partsTotal(parts, column);
  if (!total) return;
  const slack = halfUnit(figure.value, figure.decimals);
  const stated = figure.value;
  const sum = total.typed / line.scale;
  if (Math.abs(stated - sum) <= slack) return;
  const statedCorrected = line.corrected[column] ?? stated;
  if (Math.abs(statedCorrected - total.corrected / line.scale) <= slack) return;
  const params = {
    name: line.label,
    ...columnParams(table, column),
    value: stated,
    count: parts.length,
    sum,
    difference: stated - sum,
  };
  const where = { sheet: table.sheet, cell: cellAddress(table, line.raw, column) };
  line.findings.push(finding("budget_children_sum", params, where));
}

/**
 * A parent line (or a total row) equals the sum of its parts in every amount column, within
 * half a unit of the last decimal the parent shows. Parts in another money unit are converted;
 * a part that cannot be read, or a blank estimate or actual, stops the check for that column
 * (it has its own finding), and a
 * slip already reported is not reported again as a wrong sum.
 */
export function checkSums(
  lines: WorkLine[],
  table: RawBudgetTable,
  columns: readonly SummedColumn[] = SUMMED_COLUMNS,
): void {
  for (const line of lines) {
    if (line.parts.length === 0) continue;
    if (line.isTotal && mixesSections(line, lines)) continue;
    for (const column of columns) checkLine(line, lines, table, column);
  }
}

/** A total over revenue and spending alike adds nothing up that should match. */
function mixesSections(total: WorkLine, lines: readonly WorkLine[]): boolean {
  const sections = new Set(total.parts.map((i) => lines[i].section).filter(Boolean));
  return sections.size > 1;
}
