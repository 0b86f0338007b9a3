import type { BudgetCheck } from "../../../engine/budget/checkBudget";
import type { Language } from "../../../engine/model/status";
import { address, columnLetter, rangeAddress } from "../../a1";
import type { Change, WriteValue } from "../../changeSet";
import { OWNED_BUDGET_HEADERS } from "../read/ownedBudgetColumns";
import type { ReadBudgetTable } from "../read/readBudgetTable";
import { BUDGET_STATUS_STYLE } from "./budgetStatusStyle";

const PERCENT_FORMAT = "0.0";

/** Where the two owned columns of a table go: where an earlier run put them, else appended. */
export function ownedBudgetPlacement(table: ReadBudgetTable): {
  percentColumn: number;
  statusColumn: number;
  appended: boolean;
} {
  const { percent, status } = table.ownedColumns;
  if (percent !== undefined && status !== undefined) {
    return { percentColumn: percent, statusColumn: status, appended: false };
  }
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
  const top = table.firstDataRow;
  const bottom = table.lastRow;
  const block = (r1: number, r2: number) =>
    rangeAddress({ row: r1, column: place.percentColumn }, { row: r2, column: place.statusColumn });
  const changes: Change[] = [];
  if (place.appended) {
    const headerTop = table.headerRows[0] ?? top - 1;
    const headerBottom = table.headerRows[table.headerRows.length - 1] ?? headerTop;
    changes.push({
      kind: "values",
      sheet,
      anchor: address(headerTop, place.percentColumn),
      rows: [[OWNED_BUDGET_HEADERS.percent[lang], OWNED_BUDGET_HEADERS.status[lang]]],
    });
    if (headerBottom > headerTop) {
      for (const column of [place.percentColumn, place.statusColumn]) {
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
      range: block(headerTop, headerBottom),
      style: { bold: true, border: true, horizontal: "center", wrap: true },
    });
    changes.push({
      kind: "columnWidths",
      sheet,
      widths: { [columnLetter(place.percentColumn)]: 11, [columnLetter(place.statusColumn)]: 18 },
    });
  }
  if (bottom < top) return changes;
  const byRow = new Map(check.lines.map((line) => [line.row, line]));
  const rows: WriteValue[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const line = byRow.get(row);
    const percent =
      line?.percentOfEstimate === undefined ? null : Math.round(line.percentOfEstimate * 10) / 10;
    rows.push(line ? [percent, line.label || null] : [null, null]);
  }
  changes.push({ kind: "clear", sheet, range: block(top, bottom) });
  changes.push({ kind: "values", sheet, anchor: address(top, place.percentColumn), rows });
  changes.push({
    kind: "style",
    sheet,
    range: rangeAddress(
      { row: top, column: place.percentColumn },
      { row: bottom, column: place.percentColumn },
    ),
    style: { numberFormat: PERCENT_FORMAT, border: true },
  });
  for (const line of check.lines) {
    const style = BUDGET_STATUS_STYLE[line.status];
    if (!style || line.row < top || line.row > bottom) continue;
    changes.push({
      kind: "style",
      sheet,
      range: block(line.row, line.row),
      style: { ...style, border: true },
    });
  }
  return changes;
}
