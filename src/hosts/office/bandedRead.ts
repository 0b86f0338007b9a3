import type { ReadRequest } from "../gateway";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { sameSheet } from "./addresses";
import type { HostFeatures } from "./features";
import { assembleSnapshot, requestedSheets } from "./readParts";
import { blockAddress } from "./rangeRefs";
import {
  collectBox,
  collectCells,
  collectHidden,
  collectMerges,
  queueCells,
  queueHidden,
  queueMerges,
  queueUsedBox,
  type SheetPart,
  type UsedBox,
} from "./sheetReader";
import type { LoadedUsedRange } from "./sheetSnapshot";
import {
  collectNotes,
  collectTables,
  queueNoteCells,
  queueTableRanges,
} from "./tableAndNoteReader";
import { collectListing, queueListing, type ListedSheet } from "./workbookListing";

/** Cells per band request: values, types, formulas and formats of ordinary cells, ~1–2 MB. */
export const BAND_CELLS = 20_000;

interface Band {
  sheet: ListedSheet;
  /** 1-based first row and column, and size. */
  row: number;
  rows: number;
  column: number;
  columns: number;
}

interface LoadedBand {
  band: Band;
  cells: LoadedUsedRange;
  merges: string[];
}

/**
 * The read for workbooks too big for two requests: Excel on the web refuses a response over
 * 5 MB, and getMergedAreasOrNullObject a range with over 512 merged areas. After the listing, a
 * second request gets each sheet's used range size, hidden rows and columns, tables and notes;
 * then each sheet's cells come in bands of rows, one request per band. A band Excel refuses is
 * asked for again as two halves, down to single rows.
 */
export async function readWorkbookInBands(
  context: Excel.RequestContext,
  request: ReadRequest,
  features: HostFeatures,
): Promise<WorkbookSnapshot> {
  const listing = queueListing(context, features);
  await context.sync();
  const listed = collectListing(listing);

  const wanted = requestedSheets(listed.sheets, request, listed.activeSheet);
  const pending = wanted.map((sheet) => {
    const used = queueUsedBox(sheet.proxy);
    return { sheet, used, hidden: queueHidden(used, features) };
  });
  const tables = queueTableRanges(
    listed.tables.filter((t) => wanted.some((s) => sameSheet(s.name, t.sheet))),
  );
  const notes = queueNoteCells(listed.notes);
  await context.sync();

  const sized = pending.map((p) => ({ ...p, box: collectBox(p.used) }));
  const loaded = await loadBands(
    context,
    sized.flatMap(({ sheet, box }) => bandsOf(sheet, box)),
    features.mergedAreas,
  );
  const parts: SheetPart[] = sized.map(({ sheet, box, hidden }) => {
    const bands = loaded.filter((l) => l.band.sheet === sheet);
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      used: joinBands(bands, box),
      merges: [...new Set(bands.flatMap((b) => b.merges))],
      ...collectHidden(hidden, box),
    };
  });
  return assembleSnapshot(parts, collectTables(tables), collectNotes(notes), listed.activeSheet);
}

function bandsOf(sheet: ListedSheet, box: UsedBox): Band[] {
  const rowsPerBand = Math.max(1, Math.floor(BAND_CELLS / box.columnCount));
  return Array.from({ length: Math.ceil(box.rowCount / rowsPerBand) }, (_, i) => ({
    sheet,
    row: box.rowIndex + 1 + i * rowsPerBand,
    rows: Math.min(rowsPerBand, box.rowCount - i * rowsPerBand),
    column: box.columnIndex + 1,
    columns: box.columnCount,
  }));
}

/**
 * One request per band, in order: a promise chain over the bands (not a loop), so that no
 * context.sync() sits in a loop body (office-addins/no-context-sync-in-loop).
 */
function loadBands(
  context: Excel.RequestContext,
  bands: Band[],
  merges: boolean,
): Promise<LoadedBand[]> {
  return bands.reduce<Promise<LoadedBand[]>>(
    (previous, band) =>
      previous.then((done) => loadBand(context, band, merges).then((more) => done.concat(more))),
    Promise.resolve([]),
  );
}

function loadBand(
  context: Excel.RequestContext,
  band: Band,
  merges: boolean,
): Promise<LoadedBand[]> {
  const sheet = band.sheet.proxy;
  const cells = sheet.getRange(blockAddress(band.row, band.column, band.rows, band.columns));
  queueCells(cells);
  const lastRow = band.row + band.rows - 1;
  const merged = merges ? queueMerges(sheet.getRange(`${band.row}:${lastRow}`)) : undefined;
  return context.sync().then(
    () => [{ band, cells: collectCells(cells), merges: collectMerges(merged) }],
    (error: unknown) => {
      if (band.rows === 1) throw error;
      const half = Math.ceil(band.rows / 2);
      const halves = [
        { ...band, rows: half },
        { ...band, row: band.row + half, rows: band.rows - half },
      ];
      return loadBands(context, halves, merges);
    },
  );
}

function joinBands(bands: LoadedBand[], box: UsedBox): LoadedUsedRange {
  return {
    rowIndex: box.rowIndex,
    columnIndex: box.columnIndex,
    values: bands.flatMap((b) => b.cells.values),
    valueTypes: bands.flatMap((b) => b.cells.valueTypes),
    formulas: bands.flatMap((b) => b.cells.formulas),
    numberFormat: bands.flatMap((b) => b.cells.numberFormat),
  };
}
