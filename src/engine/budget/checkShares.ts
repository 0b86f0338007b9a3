import { finding } from "../findings/finding";
import { cellAddress } from "./cellAddress";
import type { RawBudgetTable } from "./rawBudget";
import { numberIn, type WorkLine } from "./workLine";

/** Shares are typed rounded to one decimal: 61,6 + 38,3 + 0,1. */
const SHARE_TOLERANCE = 0.1 + 1e-9;
const WHOLE = 100;

export type ShareColumn = "share" | "estimate";

interface Scope {
  scope: string;
  scopeEn: string;
}

function sharesOf(parts: readonly WorkLine[], column: ShareColumn): number[] | undefined {
  if (parts.some((part) => part.figures[column].kind === "bad")) return undefined;
  const values = parts.flatMap((part) => {
    const value = numberIn(part, column);
    return value === undefined ? [] : [value];
  });
  return values.length === 0 ? undefined : values;
}

function report(
  at: WorkLine,
  column: ShareColumn,
  table: RawBudgetTable,
  scope: Scope,
  sum: number,
  expected: number,
): void {
  const params = { ...scope, sum, expected, difference: sum - expected };
  const where = { sheet: table.sheet, cell: cellAddress(table, at.raw, column) };
  at.findings.push(finding("budget_shares_sum", params, where));
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= SHARE_TOLERANCE;
}

function rangeScope(group: readonly WorkLine[]): Scope {
  const first = group[0].label;
  const last = group[group.length - 1].label;
  return {
    scope: `${group.length} dòng từ “${first}” đến “${last}”`,
    scopeEn: `the ${group.length} lines from “${first}” to “${last}”`,
  };
}

/**
 * Shares add up: a parent's sub-lines to the parent's share (or to 100 when they are shares of
 * the parent), a total row's lines and the total itself to 100, the top lines of each section
 * to 100 when there is no total row. Within 0.1 percentage point.
 */
export function checkShares(lines: WorkLine[], table: RawBudgetTable, column: ShareColumn): void {
  for (const line of lines) {
    if (line.parts.length === 0) continue;
    const parts = line.parts.map((i) => lines[i]);
    const values = sharesOf(parts, column);
    const own = numberIn(line, column);
    if (!values) continue;
    const sum = values.reduce((a, b) => a + b, 0);
    const expected = line.isTotal ? WHOLE : own;
    if (expected === undefined) continue;
    if (near(sum, expected) || (!line.isTotal && near(sum, WHOLE))) continue;
    const scope = line.isTotal
      ? rangeScope(parts)
      : { scope: `các dòng con của “${line.label}”`, scopeEn: `the sub-lines of “${line.label}”` };
    report(line, column, table, scope, sum, expected);
  }
  if (lines.some((line) => line.isTotal)) return;
  const groups = new Map<string, WorkLine[]>();
  for (const line of lines) {
    if (line.parent !== undefined || line.memo || line.caption) continue;
    const group = groups.get(line.section ?? "") ?? [];
    group.push(line);
    groups.set(line.section ?? "", group);
  }
  for (const group of groups.values()) {
    const values = sharesOf(group, column);
    if (!values || group.length < 2) continue;
    const sum = values.reduce((a, b) => a + b, 0);
    if (!near(sum, WHOLE))
      report(group[group.length - 1], column, table, rangeScope(group), sum, WHOLE);
  }
}
