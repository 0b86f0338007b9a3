import type { ReadRequest } from "../gateway";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { sameSheet } from "./addresses";
import type { HostFeatures } from "./features";
import { assembleSnapshot, requestedSheets } from "./readParts";
import { blockAddress } from "./rangeRefs";
import {
  collectBox,
  collectCells,
  collectMerges,
  hiddenFromVisible,
  queueCells,
  queueMerges,
  queueUsedBox,
  type SheetPart,
  type UsedBox,
} from "./sheetReader";
import type { LoadedUsedRange } from "./sheetSnapshot";
import {
  collectComments,
  collectNotes,
  collectTables,
  queueNoteCells,
  queueTableRanges,
} from "./tableAndNoteReader";
import { collectListing, queueListing, type ListedSheet } from "./workbookListing";

/** Cells per band request: values, types, formulas and formats of ordinary cells, ~1–2 MB. */
export const BAND_CELLS = 20_000;

/**
 * A sheet of more bands than this has its empty bands found first (one request): below it,
 * reading every band costs no more than a few requests anyway.
 */
const PROBE_FROM = 8;

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
  hiddenRows: number[];
  /** From the visible view (hosts without row properties); undefined otherwise. */
  hiddenColumns?: number[];
}

interface BandLoads {
  cells: Excel.Range;
  merged?: Excel.RangeAreas;
  rows?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  view?: Excel.RangeView;
}

/**
 * The read for workbooks too big for two requests: Excel on the web refuses a response over
 * 5 MB, Excel gives no cells for a range over 5 M cells, and getMergedAreasOrNullObject fails
 * on a range with over 512 merged areas. No request here asks for more than a band:
 * 1. the listing;
 * 2. each sheet's used range size, hidden columns (one entry a column), tables and notes;
 * 3. on sheets of more than 8 bands, which bands hold anything (a stray value far below the
 *    table leaves every band between empty, and those are not read);
 * 4. one request per band that holds something, with its hidden rows and merged areas; a band
 *    Excel refuses is asked for again as two halves, down to single rows.
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
    const columns = features.rowProperties
      ? used.getColumnProperties({ columnIndex: true, columnHidden: true })
      : undefined;
    return { sheet, used, columns };
  });
  const tables = queueTableRanges(
    listed.tables.filter((t) => wanted.some((s) => sameSheet(s.name, t.sheet))),
  );
  const notes = queueNoteCells(listed.notes);
  await context.sync();

  const sized = pending.map((p) => ({ ...p, box: collectBox(p.used) }));
  const bands = sized.map(({ sheet, box }) => bandsOf(sheet, box));
  const many = bands.filter((b) => b.length > PROBE_FROM).flat();
  const filled = [
    ...bands.filter((b) => b.length <= PROBE_FROM).flat(),
    ...(many.length > 0 ? await filledBands(context, many) : []),
  ];
  const loaded = await loadBands(context, filled, features);
  const parts: SheetPart[] = sized.map(({ sheet, box, columns }) => {
    const bands = loaded.filter((l) => l.band.sheet === sheet);
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      used: joinBands(bands, box),
      merges: [...new Set(bands.flatMap((b) => b.merges))],
      hiddenRows: bands.flatMap((b) => b.hiddenRows),
      hiddenColumns: columns
        ? columns.value.filter((p) => p.columnHidden === true).map((p) => (p.columnIndex ?? 0) + 1)
        : (bands.find((b) => b.hiddenColumns)?.hiddenColumns ?? []),
    };
  });
  return assembleSnapshot(
    parts,
    collectTables(tables),
    collectNotes(notes),
    listed.activeSheet,
    collectComments(notes),
  );
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
 * The bands that hold a value, each cut to the rows that do: one request, a few bytes a band
 * (the used range within each band, values only).
 */
async function filledBands(context: Excel.RequestContext, bands: Band[]): Promise<Band[]> {
  const probes = bands.map((band) => {
    const range = band.sheet.proxy.getRange(
      blockAddress(band.row, band.column, band.rows, band.columns),
    );
    const used = range.getUsedRangeOrNullObject(true);
    used.load("rowIndex, rowCount");
    return { band, used };
  });
  await context.sync();
  return probes
    .filter(({ used }) => !used.isNullObject)
    .map(({ band, used }) => ({ ...band, row: used.rowIndex + 1, rows: used.rowCount }));
}

/**
 * One request per band, in order: a promise chain over the bands (not a loop), so that no
 * context.sync() sits in a loop body (office-addins/no-context-sync-in-loop).
 */
function loadBands(
  context: Excel.RequestContext,
  bands: Band[],
  features: HostFeatures,
): Promise<LoadedBand[]> {
  return bands.reduce<Promise<LoadedBand[]>>(
    (previous, band) =>
      previous.then((done) => loadBand(context, band, features).then((more) => done.concat(more))),
    Promise.resolve([]),
  );
}

function queueBand(band: Band, features: HostFeatures): BandLoads {
  const sheet = band.sheet.proxy;
  const cells = sheet.getRange(blockAddress(band.row, band.column, band.rows, band.columns));
  queueCells(cells);
  const lastRow = band.row + band.rows - 1;
  const merged = features.mergedAreas
    ? queueMerges(sheet.getRange(`${band.row}:${lastRow}`))
    : undefined;
  // Hidden rows band by band: a request for the whole used range's rows is as big as the sheet.
  if (features.rowProperties) {
    return { cells, merged, rows: cells.getRowProperties({ rowIndex: true, rowHidden: true }) };
  }
  if (!features.visibleView) return { cells, merged };
  const view = cells.getVisibleView();
  view.load("cellAddresses");
  return { cells, merged, view };
}

function loadBand(
  context: Excel.RequestContext,
  band: Band,
  features: HostFeatures,
): Promise<LoadedBand[]> {
  const loads = queueBand(band, features);
  return context.sync().then(
    () => [collectBand(band, loads)],
    (error: unknown) => {
      if (band.rows === 1) throw error;
      const half = Math.ceil(band.rows / 2);
      const halves = [
        { ...band, rows: half },
        { ...band, row: band.row + half, rows: band.rows - half },
      ];
      return loadBands(context, halves, features);
    },
  );
}

function collectBand(band: Band, loads: BandLoads): LoadedBand {
  const box: UsedBox = {
    rowIndex: band.row - 1,
    columnIndex: band.column - 1,
    rowCount: band.rows,
    columnCount: band.columns,
  };
  const fromView = loads.view ? hiddenFromVisible(loads.view.cellAddresses, box) : undefined;
  return {
    band,
    cells: collectCells(loads.cells),
    merges: collectMerges(loads.merged),
    hiddenRows: loads.rows
      ? loads.rows.value.filter((p) => p.rowHidden === true).map((p) => (p.rowIndex ?? 0) + 1)
      : (fromView?.hiddenRows ?? []),
    ...(fromView ? { hiddenColumns: fromView.hiddenColumns } : {}),
  };
}

/** The bands' cells as one grid from the used range's top; rows no band read are empty. */
function joinBands(bands: LoadedBand[], box: UsedBox): LoadedUsedRange {
  const width = box.columnCount;
  const empty = {
    values: Array<unknown>(width).fill(""),
    valueTypes: Array<string>(width).fill("Empty"),
    formulas: Array<unknown>(width).fill(""),
    numberFormat: Array<unknown>(width).fill("General"),
  };
  const at = new Map<number, { band: LoadedBand; index: number }>();
  for (const band of bands) {
    for (let i = 0; i < band.band.rows; i++) at.set(band.band.row + i, { band, index: i });
  }
  const rows = Array.from({ length: box.rowCount }, (_, i) => at.get(box.rowIndex + 1 + i));
  // Rows between the bands share one empty row each: a stray far cell costs no memory per row.
  return {
    rowIndex: box.rowIndex,
    columnIndex: box.columnIndex,
    values: rows.map((r) => (r ? r.band.cells.values[r.index] : empty.values)),
    valueTypes: rows.map((r) => (r ? r.band.cells.valueTypes[r.index] : empty.valueTypes)),
    formulas: rows.map((r) => (r ? r.band.cells.formulas[r.index] : empty.formulas)),
    numberFormat: rows.map((r) => (r ? r.band.cells.numberFormat[r.index] : empty.numberFormat)),
  };
}
