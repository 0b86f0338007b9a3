import { finding, type Finding } from "../../engine/findings/finding";
import type { Language } from "../../engine/model/status";
import { STATUS_LABELS, type StatusId } from "../../engine/model/status";
import { address, columnLetter, rangeAddress } from "../a1";
import type { Change, PrintSetup, WriteValue } from "../changeSet";
import type { CheckedTable } from "../check/checkedTable";
import { mergedAreas, type MergedAreas } from "../mergedAreas";
import { isEmptyArea, lastUsedColumn } from "../sheetGrid";
import type { SheetSnapshot } from "../snapshot";
import { findingNoteChanges } from "./findingNotes";
import { LAST_COLUMN } from "./freeColumns";
import { placeOwnedColumns, type OwnedPlacement } from "./ownedColumns";
import { isSummaryMarker, OWNED_HEADERS } from "./ownedText";
import { STATUS_STYLE } from "./statusStyle";
import { rowRuns, writableRuns } from "./writableRuns";
import { SUMMARY_HEIGHT, SUMMARY_WIDTH, summaryBlockChanges } from "./summaryBlock";

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
        style: { ...STATUS_STYLE[run.key], border: true },
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
    const height = SUMMARY_HEIGHT * tables.length + tables.length - 1;
    const bottom = firstTop + height;
    const right = (l: number) => l + SUMMARY_WIDTH - 1;
    while (
      right(left) <= LAST_COLUMN &&
      (!isEmptyArea(sheet, firstTop, left, bottom, right(left)) ||
        merged.touches(firstTop, left, bottom, right(left)))
    )
      left += 1;
    if (right(left) > LAST_COLUMN) return { changes };
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
  const area = rangeAddress(
    { row: top, column: left },
    {
      row: top + tables.length * (SUMMARY_HEIGHT + 1) - 2,
      column: left + SUMMARY_WIDTH - 1,
    },
  );
  return { changes, area };
}

/**
 * Columns an A4 landscape page holds at a readable size when fitted to its width: a wide form
 * (vn01's eleven column groups, 80 columns) would print at 1–2 pt, so its page setup is left
 * as the user had it.
 */
const LEGIBLE_COLUMNS = 24;

function printsLegibly(
  tables: readonly CheckedTable[],
  placements: readonly OwnedPlacement[],
): boolean {
  const right = Math.max(
    ...tables.map((t) => t.table.lastColumn),
    ...placements.map((p) => Math.max(p.percentColumn, p.statusColumn)),
  );
  return right <= LEGIBLE_COLUMNS;
}

function sameRows(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/**
 * The checked sheet prints its tables (title rows above them included) on A4 landscape fitted
 * to the width, no empty rows below; the summary block prints after them on a page of its own.
 */
function checkedPrintSetup(
  tables: readonly CheckedTable[],
  placements: readonly OwnedPlacement[],
  summaryArea: string | undefined,
): PrintSetup {
  const bottom = Math.max(...tables.map((t) => t.table.lastDataRow));
  const right = Math.max(
    ...tables.map((t) => t.table.lastColumn),
    ...placements.map((p) => Math.max(p.percentColumn, p.statusColumn)),
  );
  const tableArea = rangeAddress({ row: 1, column: 1 }, { row: bottom, column: right });
  // One header for every table (a wide sheet's unit groups share theirs) repeats on each page.
  const header = tables.every((t) => sameRows(t.table.headerRows, tables[0].table.headerRows))
    ? tables[0].table.headerRows
    : [];
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    margins: "narrow",
    area: summaryArea === undefined ? tableArea : `${tableArea},${summaryArea}`,
    ...(header.length > 0 ? { titleRows: `${Math.min(...header)}:${Math.max(...header)}` } : {}),
  };
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
 * coloured by status, findings as notes on their cells (the user's own notes kept), and a
 * summary block per table. Only cells the add-in owns are written; a re-run replaces them.
 * Owned columns or summary blocks with no room left before XFD are not written, and a finding
 * says so (the results are still in the report).
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
  const changes: Change[] = [
    ...written.flatMap((t, i) => ownedColumnChanges(sheet.name, t, placements[i], merged, lang)),
    ...findingNoteChanges(
      sheet,
      tables.flatMap((t) => t.check.findings),
      lang,
    ),
    ...summary.changes,
    // The page is set up on the first check (no summary block yet); a re-check leaves the
    // page setup as it is, so a re-check with nothing new writes nothing.
    ...(earlierSummaryBlocks(sheet).length === 0 && printsLegibly(tables, placements)
      ? [
          {
            kind: "print" as const,
            sheet: sheet.name,
            setup: checkedPrintSetup(tables, placements, summary.area),
          },
        ]
      : []),
  ];
  return { changes, findings };
}
