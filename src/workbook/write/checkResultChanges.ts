import type { Language } from "../../engine/model/status";
import { STATUS_LABELS, type StatusId } from "../../engine/model/status";
import { address, columnLetter, rangeAddress } from "../a1";
import type { Change, WriteValue } from "../changeSet";
import type { CheckedTable } from "../check/checkedTable";
import { isEmptyArea, lastUsedColumn } from "../sheetGrid";
import type { SheetSnapshot } from "../snapshot";
import { findingNoteChanges } from "./findingNotes";
import { placeOwnedColumns, type OwnedPlacement } from "./ownedColumns";
import { isSummaryMarker } from "./ownedText";
import { STATUS_STYLE } from "./statusStyle";
import { SUMMARY_HEIGHT, SUMMARY_WIDTH, summaryBlockChanges } from "./summaryBlock";

const PERCENT_FORMAT = "0.0";

function ownedColumnChanges(
  sheet: string,
  checked: CheckedTable,
  place: OwnedPlacement,
  lang: Language,
): Change[] {
  const { table, check } = checked;
  const top = table.firstDataRow;
  const bottom = table.lastDataRow;
  const byRow = new Map<number, { status: StatusId; percent?: number }>();
  check.results.forEach((result, i) => {
    const row = table.rows[i]?.row;
    if (row !== undefined) byRow.set(row, result);
  });
  const rows: WriteValue[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const result = byRow.get(row);
    const percent = result?.percent === undefined ? null : Math.round(result.percent * 10) / 10;
    rows.push(result ? [percent, STATUS_LABELS[lang][result.status]] : [null, null]);
  }
  const block = (r1: number, r2: number) =>
    rangeAddress({ row: r1, column: place.percentColumn }, { row: r2, column: place.statusColumn });
  const changes: Change[] = [];
  if (bottom >= top) {
    changes.push({ kind: "clear", sheet, range: block(top, bottom) });
    changes.push({ kind: "values", sheet, anchor: address(top, place.percentColumn), rows });
    changes.push({
      kind: "style",
      sheet,
      range: rangeAddress(
        { row: top, column: place.percentColumn },
        { row: bottom, column: place.percentColumn },
      ),
      style: { numberFormat: PERCENT_FORMAT },
    });
  }
  if (place.appended) {
    changes.push({
      kind: "values",
      sheet,
      anchor: address(place.headerRow, place.percentColumn),
      rows: [[place.percentHeader, place.statusHeader]],
    });
    changes.push({
      kind: "style",
      sheet,
      range: block(place.headerRow, place.headerRow),
      style: { bold: true, border: true, horizontal: "center", wrap: true },
    });
    const widths = {
      [columnLetter(place.percentColumn)]: 9,
      [columnLetter(place.statusColumn)]: 16,
    };
    changes.push({ kind: "columnWidths", sheet, widths });
  }
  // Consecutive rows of one status share one style change.
  let runStart = -1;
  let runStatus: StatusId | undefined;
  const flush = (end: number) => {
    if (runStatus !== undefined)
      changes.push({
        kind: "style",
        sheet,
        range: block(runStart, end),
        style: { ...STATUS_STYLE[runStatus], border: true },
      });
  };
  for (let row = top; row <= bottom; row += 1) {
    const status = byRow.get(row)?.status;
    if (status !== runStatus || status === undefined) {
      flush(row - 1);
      runStart = row;
      runStatus = status;
    }
  }
  flush(bottom);
  return changes;
}

/** Top-left cells of summary blocks the add-in wrote on an earlier run. */
function earlierSummaryBlocks(sheet: SheetSnapshot): Array<{ row: number; column: number }> {
  const out: Array<{ row: number; column: number }> = [];
  sheet.values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (typeof value === "string" && isSummaryMarker(value))
        out.push({ row: sheet.origin.row + r, column: sheet.origin.column + c });
    }),
  );
  return out;
}

function summaryChanges(
  sheet: SheetSnapshot,
  tables: readonly CheckedTable[],
  placements: readonly OwnedPlacement[],
  lang: Language,
): Change[] {
  const earlier = earlierSummaryBlocks(sheet);
  const changes: Change[] = earlier.map((at): Change => ({
    kind: "clear",
    sheet: sheet.name,
    range: rangeAddress(at, {
      row: at.row + SUMMARY_HEIGHT - 1,
      column: at.column + SUMMARY_WIDTH - 1,
    }),
  }));
  const firstTop = Math.min(...tables.map((t) => t.table.headerRows[0] ?? t.table.firstDataRow));
  let left: number;
  if (earlier.length > 0) left = earlier[0].column;
  else {
    left = Math.max(lastUsedColumn(sheet), ...placements.map((p) => p.statusColumn)) + 2;
    const height = SUMMARY_HEIGHT * tables.length;
    while (!isEmptyArea(sheet, firstTop, left, firstTop + height, left + SUMMARY_WIDTH - 1))
      left += 1;
  }
  const top = earlier.length > 0 ? Math.min(...earlier.map((e) => e.row)) : firstTop;
  tables.forEach(({ table, check }, i) => {
    changes.push(
      ...summaryBlockChanges(
        sheet.name,
        top + i * (SUMMARY_HEIGHT + 1),
        left,
        check,
        table.unit,
        lang,
      ),
    );
  });
  return changes;
}

/**
 * The change set that writes a sheet's check results: "% KH" and "Đánh giá" filled and
 * coloured by status, findings as notes on their cells (the user's own notes kept), and a
 * summary block per table. Only cells the add-in owns are written; a re-run replaces them.
 */
export function checkResultChanges(
  sheet: SheetSnapshot,
  tables: readonly CheckedTable[],
  lang: Language,
): Change[] {
  if (tables.length === 0) return [];
  const placements = placeOwnedColumns(
    sheet,
    tables.map((t) => t.table),
    lang,
  );
  return [
    ...tables.flatMap((t, i) => ownedColumnChanges(sheet.name, t, placements[i], lang)),
    ...findingNoteChanges(
      sheet,
      tables.flatMap((t) => t.check.findings),
      lang,
    ),
    ...summaryChanges(sheet, tables, placements, lang),
  ];
}
