import { finding, type Finding } from "../../engine/findings/finding";
import type { Language } from "../../engine/model/status";
import { STATUS_LABELS, type StatusId } from "../../engine/model/status";
import { address, columnLetter, rangeAddress } from "../a1";
import type { Change, PrintSetup, WriteValue } from "../changeSet";
import type { CheckedTable } from "../check/checkedTable";
import { mergedAreas, type MergedAreas } from "../mergedAreas";
import { isEmptyArea, lastUsedColumn, valueAt } from "../sheetGrid";
import type { SheetSnapshot } from "../snapshot";
import { findingListChanges } from "./findingList";
import { findingNoteChanges } from "./findingNotes";
import { tablePrintSetup } from "./tablePrintSetup";
import { LAST_COLUMN } from "./freeColumns";
import { placeOwnedColumns, type OwnedPlacement } from "./ownedColumns";
import { isSummaryMarker, OWNED_HEADERS } from "./ownedText";
import { STATUS_STYLE } from "./statusStyle";
import { rowRuns, writableRuns } from "./writableRuns";
import {
  SENTENCE_ROWS,
  SUMMARY_HEIGHT,
  SUMMARY_SENTENCE_LABEL,
  SUMMARY_WIDTH,
  summaryBlockChanges,
} from "./summaryBlock";

const PERCENT_FORMAT = "0.0";

/** One owned column's cells top..bottom: cleared, written and formatted run by run. */
function columnChanges(
  sheet: string,
  column: number,
  runs: ReadonlyArray<{ from: number; to: number }>,
  value: (row: number) => WriteValue,
  numberFormat?: string,
): Change[] {
  return runs.flatMap(({ from, to }): Change[] => {
    const range = rangeAddress({ row: from, column }, { row: to, column });
    const rows: WriteValue[][] = [];
    for (let row = from; row <= to; row += 1) rows.push([value(row)]);
    return [
      { kind: "clear", sheet, range },
      { kind: "values", sheet, anchor: address(from, column), rows },
      ...(numberFormat ? [{ kind: "style", sheet, range, style: { numberFormat } } as const] : []),
    ];
  });
}

function ownedColumnChanges(
  sheet: string,
  checked: CheckedTable,
  place: OwnedPlacement,
  merged: MergedAreas,
  lang: Language,
): Change[] {
  const { table, check } = checked;
  const top = table.firstDataRow;
  const bottom = table.lastDataRow;
  const byRow = new Map<number, { status: StatusId; percent?: number }>();
  // By the sheet row each result names: sub-headings have no result, so indexes do not line up.
  for (const result of check.results) {
    const row = result.indicator.row;
    if (row !== undefined) byRow.set(row, result);
  }
  const percentAt = (row: number): WriteValue => {
    const percent = byRow.get(row)?.percent;
    return percent === undefined ? null : Math.round(percent * 10) / 10;
  };
  const statusAt = (row: number): WriteValue => {
    const result = byRow.get(row);
    return result ? STATUS_LABELS[lang][result.status] : null;
  };
  // Each owned column on its own (a column the user put between them is never touched), and
  // only its cells outside merged areas: a group row merged across the table stays as it is.
  const owned = [
    { column: place.percentColumn, value: percentAt, format: PERCENT_FORMAT },
    { column: place.statusColumn, value: statusAt, format: undefined },
  ];
  const changes: Change[] = owned.flatMap(({ column, value, format }) =>
    columnChanges(sheet, column, writableRuns(merged, column, top, bottom), value, format),
  );
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
      range: rangeAddress(
        { row: place.headerRow, column: place.percentColumn },
        { row: place.headerRow, column: place.statusColumn },
      ),
      style: { bold: true, border: true, horizontal: "center", wrap: true },
    });
    const widths = {
      [columnLetter(place.percentColumn)]: 9,
      [columnLetter(place.statusColumn)]: 16,
    };
    changes.push({ kind: "columnWidths", sheet, widths });
  }
  // Consecutive rows of one status share one style change.
  for (const { column } of owned) {
    const status = (row: number) =>
      merged.touches(row, column, row, column) ? undefined : byRow.get(row)?.status;
    for (const run of rowRuns(top, bottom, status)) {
      changes.push({
        kind: "style",
        sheet,
        range: rangeAddress({ row: run.from, column }, { row: run.to, column }),
        // Top, as the table's texts: in a row made tall by a wrapped name it reads on its line.
        style: { ...STATUS_STYLE[run.key], border: true, vertical: "top" },
      });
    }
  }
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

/**
 * Where an earlier block at `at` ends, and the rows a re-run clears: from its marker to its
 * sentence row ("Nhận xét", either language), or, where the sentence is merged over several rows,
 * to the row above it (its two cells are rewritten alone, never part of a merged area). A block
 * without a sentence row is taken as tall as a block now.
 */
function earlierBlockRows(
  sheet: SheetSnapshot,
  merged: MergedAreas,
  at: { row: number; column: number },
): { bottom: number; clearTo: number } {
  const labels = new Set(Object.values(SUMMARY_SENTENCE_LABEL));
  for (let row = at.row + 1; row < at.row + SUMMARY_HEIGHT; row += 1) {
    const value = valueAt(sheet, row, at.column);
    if (typeof value !== "string" || !labels.has(value.trim())) continue;
    const mergedTo = merged.bottomFrom(row, at.column);
    return mergedTo === undefined
      ? { bottom: row, clearTo: row }
      : { bottom: mergedTo, clearTo: row - 1 };
  }
  const bottom = at.row + SUMMARY_HEIGHT - 1;
  return { bottom, clearTo: bottom };
}

/**
 * The summary blocks (one per table) right of the tables, where an earlier run put them or in
 * the first empty columns two past the used range; no `area` (and no blocks) when they would
 * run past XFD.
 */
function summaryChanges(
  sheet: SheetSnapshot,
  tables: readonly CheckedTable[],
  placements: readonly OwnedPlacement[],
  merged: MergedAreas,
  lang: Language,
): { changes: Change[]; area?: string } {
  const earlier = earlierSummaryBlocks(sheet);
  const owned = earlier.map((at) => ({ ...at, ...earlierBlockRows(sheet, merged, at) }));
  const changes: Change[] = owned.map((at): Change => ({
    kind: "clear",
    sheet: sheet.name,
    range: rangeAddress(at, { row: at.clearTo, column: at.column + SUMMARY_WIDTH - 1 }),
  }));
  const firstTop = Math.min(...tables.map((t) => t.table.headerRows[0] ?? t.table.firstDataRow));
  const right = (l: number) => l + SUMMARY_WIDTH - 1;
  const stackBottom = (top: number, height: number) => top + tables.length * (height + 1) - 2;
  let left: number;
  if (earlier.length > 0) left = earlier[0].column;
  else {
    left = Math.max(lastUsedColumn(sheet), ...placements.map((p) => p.statusColumn)) + 2;
    const bottom = stackBottom(firstTop, SUMMARY_HEIGHT);
    while (
      right(left) <= LAST_COLUMN &&
      (!isEmptyArea(sheet, firstTop, left, bottom, right(left)) ||
        merged.touches(firstTop, left, bottom, right(left)))
    )
      left += 1;
    if (right(left) > LAST_COLUMN) return { changes };
  }
  const top = earlier.length > 0 ? Math.min(...earlier.map((e) => e.row)) : firstTop;
  // Under an earlier, shorter block the rows the sentence would take more must be free: a cell
  // the user typed there is never written over, and the sentence stays one cell.
  const ownedBottom = Math.max(top - 1, ...owned.map((o) => o.bottom));
  const free = (bottom: number) =>
    bottom <= ownedBottom ||
    (isEmptyArea(sheet, ownedBottom + 1, left, bottom, right(left)) &&
      !merged.touches(ownedBottom + 1, left, bottom, right(left)));
  const sentenceRows = free(stackBottom(top, SUMMARY_HEIGHT)) ? SENTENCE_ROWS : 1;
  const height = SUMMARY_HEIGHT - SENTENCE_ROWS + sentenceRows;
  tables.forEach(({ table, check }, i) => {
    changes.push(
      ...summaryBlockChanges(
        sheet.name,
        top + i * (height + 1),
        left,
        check,
        table.unit,
        lang,
        sentenceRows,
      ),
    );
  });
  const area = rangeAddress(
    { row: top, column: left },
    { row: stackBottom(top, height), column: right(left) },
  );
  return { changes, area };
}

/** The rightmost column of the tables and their owned columns. */
function rightColumn(
  tables: readonly CheckedTable[],
  placements: readonly OwnedPlacement[],
): number {
  return Math.max(
    ...tables.map((t) => t.table.lastColumn),
    ...placements.map((p) => Math.max(p.percentColumn, p.statusColumn)),
  );
}

function sameRows(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/**
 * The checked sheet prints its tables (title rows above them included) on A4 landscape fitted
 * to the width, no empty rows below; the summary block prints after them on a page of its own.
 * One header for every table (a wide sheet's unit groups share theirs) repeats on each page.
 */
function checkedPrintSetup(
  tables: readonly CheckedTable[],
  placements: readonly OwnedPlacement[],
  summaryArea: string | undefined,
): PrintSetup | undefined {
  const header = tables.every((t) => sameRows(t.table.headerRows, tables[0].table.headerRows))
    ? tables[0].table.headerRows
    : [];
  return tablePrintSetup({
    bottom: Math.max(...tables.map((t) => t.table.lastDataRow)),
    right: rightColumn(tables, placements),
    headerRows: header,
    more: summaryArea === undefined ? [] : [summaryArea],
  });
}

function printChange(sheet: string, setup: PrintSetup | undefined): Change[] {
  return setup ? [{ kind: "print", sheet, setup }] : [];
}

/** What writing a sheet's check results takes: the changes, and what could not be written. */
export interface CheckResultWrite {
  changes: Change[];
  /** no_room_to_write: owned columns or summary blocks with no room left before XFD. */
  findings: Finding[];
}

function noRoom(sheet: string, cell: string, vi: string, en: string): Finding {
  return finding("no_room_to_write", { columns: vi, columnsEn: en }, { sheet, cell });
}

/**
 * The change set that writes a sheet's check results: "% KH" and "Đánh giá" filled and
 * coloured by status, findings as notes on their cells (the user's own notes kept; listed beside
 * the table where the host can't put a note), and a summary block per table. Only cells the
 * add-in owns are written; a re-run replaces them. Owned columns or summary blocks with no room
 * left before XFD are not written, and a finding says so (the results are still in the report).
 */
export function checkResultChanges(
  sheet: SheetSnapshot,
  tables: readonly CheckedTable[],
  lang: Language,
): CheckResultWrite {
  if (tables.length === 0) return { changes: [], findings: [] };
  const merged = mergedAreas(sheet);
  const placed = placeOwnedColumns(
    { sheet, merged, taken: new Set() },
    tables.map((t) => t.table),
    lang,
  );
  const findings: Finding[] = [];
  const written: CheckedTable[] = [];
  const placements: OwnedPlacement[] = [];
  tables.forEach((t, i) => {
    const place = placed[i];
    if (place) {
      written.push(t);
      placements.push(place);
      return;
    }
    const { table } = t;
    const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.firstDataRow;
    findings.push(
      noRoom(
        sheet.name,
        address(headerRow, table.lastColumn),
        `cột “${OWNED_HEADERS.vi.percent}” và “${OWNED_HEADERS.vi.status}”`,
        `the “${OWNED_HEADERS.en.percent}” and “${OWNED_HEADERS.en.status}” columns`,
      ),
    );
  });
  const summary = summaryChanges(sheet, tables, placements, merged, lang);
  const setup = checkedPrintSetup(tables, placements, summary.area);
  if (summary.area === undefined) {
    const first = tables[0].table;
    findings.push(
      noRoom(
        sheet.name,
        address(first.headerRows[0] ?? first.firstDataRow, first.lastColumn),
        "khối tổng hợp kết quả",
        "the summary block",
      ),
    );
  }
  const owned = written.flatMap((t, i) =>
    ownedColumnChanges(sheet.name, t, placements[i], merged, lang),
  );
  const checkFindings = tables.flatMap((t) => t.check.findings);
  const top = Math.min(...tables.map((t) => t.table.headerRows[0] ?? t.table.firstDataRow));
  const changes: Change[] = [
    ...owned,
    ...findingNoteChanges(sheet, checkFindings, lang),
    ...summary.changes,
    ...findingListChanges(sheet, checkFindings, lang, "plan", top, [...owned, ...summary.changes]),
    // The page is set up on the first check (no summary block yet); a re-check leaves the
    // page setup as it is, so a re-check with nothing new writes nothing.
    ...(earlierSummaryBlocks(sheet).length === 0 ? printChange(sheet.name, setup) : []),
  ];
  return { changes, findings };
}
