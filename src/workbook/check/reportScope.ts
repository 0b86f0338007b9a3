import type { PlanTable } from "../planTable";

/**
 * The tables whose results make the sheet's report: a wide sheet's total group ("Toàn huyện")
 * is the report and its units are reported apart, so a total and its own units are never
 * counted together. Sheets without a total group report every table.
 */
export function reportTables<T extends { table: PlanTable }>(tables: readonly T[]): T[] {
  const hasTotal = tables.some((t) => t.table.group?.isTotal === true);
  if (!hasTotal) return [...tables];
  return tables.filter((t) => t.table.group === undefined || t.table.group.isTotal);
}

/** The results the overall report counts, sheet by sheet. */
export function reportResults<R>(
  sheets: readonly { tables: readonly { table: PlanTable; check: { results: readonly R[] } }[] }[],
): R[] {
  return sheets.flatMap((s) => reportTables(s.tables).flatMap((t) => t.check.results));
}
