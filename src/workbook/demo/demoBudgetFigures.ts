import { address } from "../a1";
import type { Change } from "../changeSet";
import { readBudgetSheet } from "../budget/read/readBudgetSheet";
import type { ReadBudgetRow } from "../budget/read/readBudgetTable";
import type { SheetSnapshot } from "../snapshot";

/**
 * A year's execution against the template's estimate, as a finance officer would report it:
 * revenue a little over its estimate line by line, land-use fees well behind (the market of
 * 2023), spending under its estimate but for one line over it, the reserve partly used.
 * Each ratio goes to the line of that place among its section's last-level lines.
 */
const REVENUE = [1.06, 1.03, 0.97, 1.12, 1.08, 0.94, 1.02, 1.05, 1.1, 0.99, 1.01];
const LAND_USE = 0.85;
const SPENDING = [0.91, 0.96, 0.98, 0.95, 1.04, 0.97, 0.93, 0.99, 0.96, 0.98, 0.94];
const RESERVE = 0.35;

const round1 = (n: number) => Math.round(n * 10) / 10;

function estimateOf(row: ReadBudgetRow): number | undefined {
  const value = row.cells.estimate?.value;
  return typeof value === "number" ? value : undefined;
}

/**
 * The "Thực hiện" figures of a budget template sheet: its last-level lines get their estimate
 * times the ratio above (one decimal, as a clerk types tỷ đồng), and every parent line the sum
 * of its children, so that the table cross-foots.
 */
export function demoBudgetFigures(sheet: SheetSnapshot): Change[] {
  const changes: Change[] = [];
  for (const table of readBudgetSheet(sheet).tables) {
    const column = table.columns.actual;
    if (column === undefined) continue;
    const parents = new Set(table.rows.map((r) => r.parentRow).filter((r) => r !== undefined));
    const actual = new Map<number, number>();
    let revenue = 0;
    let spending = 0;
    for (const row of table.rows) {
      const estimate = estimateOf(row);
      if (parents.has(row.row) || estimate === undefined) continue;
      const name = String(row.cells.name?.value ?? "").toLocaleLowerCase("vi");
      let ratio: number;
      if (row.section === "revenue")
        ratio = name.includes("tiền sử dụng đất") ? LAND_USE : REVENUE[revenue++ % REVENUE.length];
      else ratio = name.includes("dự phòng") ? RESERVE : SPENDING[spending++ % SPENDING.length];
      actual.set(row.row, round1(estimate * ratio));
    }
    // Parents from the bottom up: a child's sum is known before its parent's.
    for (const row of [...table.rows].reverse()) {
      if (!parents.has(row.row)) continue;
      const children = table.rows.filter((r) => r.parentRow === row.row);
      const sum = children.reduce((total, c) => total + (actual.get(c.row) ?? 0), 0);
      actual.set(row.row, round1(sum));
    }
    for (const [row, value] of actual)
      changes.push({
        kind: "values",
        sheet: sheet.name,
        anchor: address(row, column),
        rows: [[value]],
      });
  }
  return changes;
}
