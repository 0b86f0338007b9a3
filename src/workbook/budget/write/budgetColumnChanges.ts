import type { BudgetCheck } from "../../../engine/budget/checkBudget";
import { finding, type Finding } from "../../../engine/findings/finding";
import type { Language } from "../../../engine/model/status";
import { address, columnLetter, rangeAddress } from "../../a1";
import type { Change, WriteValue } from "../../changeSet";
import { OWNED_BUDGET_HEADERS } from "../read/ownedBudgetColumns";
import type { ReadBudgetTable } from "../read/readBudgetTable";
import { takeFreeColumns, type ColumnSpace } from "../../write/freeColumns";
import { writableRuns } from "../../write/writableRuns";
import { budgetStatusStyle } from "./budgetStatusStyle";

const PERCENT_FORMAT = "0.0";

export interface OwnedBudgetPlacement {
  percentColumn?: number;
  statusColumn: number;
  /** True when the columns are new: the table is checked for the first time. */
  appended: boolean;
}

/**
 * Where the owned columns of a table go: where an earlier run put them, else appended in the
 * first free columns right of the table (empty and outside merged areas from its first header
 * row to its last row). A share table or a breakdown has no estimate to compare with, so it
 * gets "Đánh giá" alone. Undefined when no free columns are left before XFD, Excel's last.
 */
export function ownedBudgetPlacement(
  table: ReadBudgetTable,
  space: ColumnSpace,
): OwnedBudgetPlacement | undefined {
  const { percent, status } = table.ownedColumns;
  const withPercent = table.kind === "amounts";
  if (status !== undefined && (percent !== undefined || !withPercent)) {
    return {
      ...(percent === undefined ? {} : { percentColumn: percent }),
      statusColumn: status,
      appended: false,
    };
  }
  const rows = { top: table.headerRows[0] ?? table.firstDataRow, bottom: table.lastRow };
  const first = takeFreeColumns(space, table.freeColumn, withPercent ? 2 : 1, rows);
  if (first === undefined) return undefined;
  if (!withPercent) return { statusColumn: first, appended: true };
  return { percentColumn: first, statusColumn: first + 1, appended: true };
}

/**
 * "% dự toán (tính)" and "Đánh giá" beside a budget table: the computed percentage of the
 * estimate and the line's status, coloured. A % column the user typed is never written: the
 * check compares it and says so in a note. A re-run clears and rewrites only these columns.
 * With no room left before XFD nothing is written, and a finding says so.
 */
export function budgetColumnChanges(
  space: ColumnSpace,
  table: ReadBudgetTable,
  check: BudgetCheck,
  lang: Language,
): { changes: Change[]; findings: Finding[]; placement?: OwnedBudgetPlacement } {
  const sheet = space.sheet.name;
  const place = ownedBudgetPlacement(table, space);
  if (!place) {
    const names = (l: Language) =>
      (table.kind === "amounts" ? (["percent", "status"] as const) : (["status"] as const)).map(
        (c) => `“${OWNED_BUDGET_HEADERS[c][l]}”`,
      );
    const at = address(table.headerRows[0] ?? table.firstDataRow, table.lastColumn);
    const columns = {
      columns: `cột ${names("vi").join(" và ")}`,
      columnsEn: `the ${names("en").join(" and ")} columns`,
    };
    return { changes: [], findings: [finding("no_room_to_write", columns, { sheet, cell: at })] };
  }
  const first = place.percentColumn ?? place.statusColumn;
  const top = table.firstDataRow;
  const bottom = table.lastRow;
  const changes: Change[] = [];
  if (place.appended) {
    const headerTop = table.headerRows[0] ?? top - 1;
    // Down through the column-number row under the header, if any: the owned header is one
    // cell there, with no empty bordered cell under it on paper.
    const headerBottom = Math.max(
      table.headerRows[table.headerRows.length - 1] ?? headerTop,
      table.columnNumberRow ?? headerTop,
    );
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
      style: { bold: true, border: true, horizontal: "center", vertical: "middle", wrap: true },
    });
    // Wide enough for the headers on one line: the header row's height is the user's.
    changes.push({
      kind: "columnWidths",
      sheet,
      widths: {
        ...(place.percentColumn === undefined ? {} : { [columnLetter(place.percentColumn)]: 16 }),
        [columnLetter(place.statusColumn)]: 18,
      },
    });
  }
  if (bottom < top) return { changes, findings: [], placement: place };
  const byRow = new Map(check.lines.map((line) => [line.row, line]));
  const percents: WriteValue[][] = [];
  const statuses: WriteValue[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const line = byRow.get(row);
    const percent = line?.percentOfEstimate;
    percents.push([percent === undefined ? null : Math.round(percent * 10) / 10]);
    statuses.push([line?.label || null]);
  }
  // Each owned column on its own: a column the user put between them is never touched, nor a
  // cell of a merged area (a section row merged across the table stays as it is).
  const owned: Array<[number, WriteValue[][]]> = [
    ...(place.percentColumn === undefined
      ? []
      : [[place.percentColumn, percents] as [number, WriteValue[][]]]),
    [place.statusColumn, statuses],
  ];
  const cells = (column: number, r1: number, r2: number) =>
    rangeAddress({ row: r1, column }, { row: r2, column });
  for (const [column, rows] of owned) {
    for (const run of writableRuns(space.merged, column, top, bottom)) {
      changes.push({ kind: "clear", sheet, range: cells(column, run.from, run.to) });
      changes.push({
        kind: "values",
        sheet,
        anchor: address(run.from, column),
        rows: rows.slice(run.from - top, run.to - top + 1),
      });
      if (column === place.percentColumn) {
        changes.push({
          kind: "style",
          sheet,
          range: cells(column, run.from, run.to),
          style: { numberFormat: PERCENT_FORMAT, border: true },
        });
      }
    }
  }
  for (const line of check.lines) {
    const style = budgetStatusStyle(line.status);
    if (!style || line.row < top || line.row > bottom) continue;
    for (const [column] of owned) {
      if (space.merged.touches(line.row, column, line.row, column)) continue;
      changes.push({
        kind: "style",
        sheet,
        range: cells(column, line.row, line.row),
        style: { ...style, border: true },
      });
    }
  }
  return { changes, findings: [], placement: place };
}
