import type { BudgetCheck } from "../../../engine/budget/checkBudget";
import type { Language } from "../../../engine/model/status";
import { address, columnLetter, rangeAddress } from "../../a1";
import type { Change, WriteValue } from "../../changeSet";
import { OWNED_BUDGET_HEADERS } from "../read/ownedBudgetColumns";
import type { ReadBudgetTable } from "../read/readBudgetTable";
import { budgetStatusStyle } from "./budgetStatusStyle";

const PERCENT_FORMAT = "0.0";

/**
 * Where the owned columns of a table go: where an earlier run put them, else appended. A share
 * table or a breakdown has no estimate to compare with, so it gets "Đánh giá" alone.
 */
export function ownedBudgetPlacement(table: ReadBudgetTable): {
  percentColumn?: number;
  statusColumn: number;
  appended: boolean;
} {
  const { percent, status } = table.ownedColumns;
  const withPercent = table.kind === "amounts";
  if (status !== undefined && (percent !== undefined || !withPercent)) {
    return {
      ...(percent === undefined ? {} : { percentColumn: percent }),
      statusColumn: status,
      appended: false,
    };
  }
  if (!withPercent) return { statusColumn: table.freeColumn, appended: true };
  return { percentColumn: table.freeColumn, statusColumn: table.freeColumn + 1, appended: true };
}

/**
 * "% dự toán (tính)" and "Đánh giá" beside a budget table: the computed percentage of the
 * estimate and the line's status, coloured. A % column the user typed is never written: the
 * check compares it and says so in a note. A re-run clears and rewrites only these columns.
 */
export function budgetColumnChanges(
  sheet: string,
  table: ReadBudgetTable,
  check: BudgetCheck,
  lang: Language,
): Change[] {
  const place = ownedBudgetPlacement(table);
  const first = place.percentColumn ?? place.statusColumn;
  const top = table.firstDataRow;
  const bottom = table.lastRow;
  const changes: Change[] = [];
  if (place.appended) {
    const headerTop = table.headerRows[0] ?? top - 1;
    const headerBottom = table.headerRows[table.headerRows.length - 1] ?? headerTop;
    const owned =
      place.percentColumn === undefined ? (["status"] as const) : (["percent", "status"] as const);
    changes.push({
      kind: "values",
      sheet,
      anchor: address(headerTop, first),
      rows: [owned.map((column) => OWNED_BUDGET_HEADERS[column][lang])],
    });
    const columns = owned.map((_, i) => first + i);
    if (headerBottom > headerTop) {
      for (const column of columns) {
        changes.push({
          kind: "merge",
          sheet,
          range: rangeAddress({ row: headerTop, column }, { row: headerBottom, column }),
        });
      }
    }
    changes.push({
      kind: "style",
      sheet,
      range: rangeAddress(
        { row: headerTop, column: first },
        { row: headerBottom, column: place.statusColumn },
      ),
      style: { bold: true, border: true, horizontal: "center", wrap: true },
    });
    changes.push({
      kind: "columnWidths",
      sheet,
      widths: {
        ...(place.percentColumn === undefined ? {} : { [columnLetter(place.percentColumn)]: 11 }),
        [columnLetter(place.statusColumn)]: 18,
      },
    });
  }
  if (bottom < top) return changes;
  const byRow = new Map(check.lines.map((line) => [line.row, line]));
  const percents: WriteValue[][] = [];
  const statuses: WriteValue[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const line = byRow.get(row);
    const percent = line?.percentOfEstimate;
    percents.push([percent === undefined ? null : Math.round(percent * 10) / 10]);
    statuses.push([line?.label || null]);
  }
  // Each owned column on its own: a column the user put between them is never touched.
  const owned: Array<[number, WriteValue[][]]> = [
    ...(place.percentColumn === undefined
      ? []
      : [[place.percentColumn, percents] as [number, WriteValue[][]]]),
    [place.statusColumn, statuses],
  ];
  const cells = (column: number, r1: number, r2: number) =>
    rangeAddress({ row: r1, column }, { row: r2, column });
  for (const [column, rows] of owned) {
    changes.push({ kind: "clear", sheet, range: cells(column, top, bottom) });
    changes.push({ kind: "values", sheet, anchor: address(top, column), rows });
  }
  if (place.percentColumn !== undefined) {
    changes.push({
      kind: "style",
      sheet,
      range: cells(place.percentColumn, top, bottom),
      style: { numberFormat: PERCENT_FORMAT, border: true },
    });
  }
  for (const line of check.lines) {
    const style = budgetStatusStyle(line.status);
    if (!style || line.row < top || line.row > bottom) continue;
    for (const [column] of owned) {
      changes.push({
        kind: "style",
        sheet,
        range: cells(column, line.row, line.row),
        style: { ...style, border: true },
      });
    }
  }
  return changes;
}
