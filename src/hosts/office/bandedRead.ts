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
  hiddenRowsOf,
  isWhole,
  queueCells,
  queueMerges,
  queueUsedBox,
  type ReadSheet,
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
import { collectListing, queueListing } from "./workbookListing";

/**
 * Cells per band request: values, types, formulas and formats of even long Vietnamese texts
 * (about 150 bytes a cell) stay near 3 MB, under Excel on the web's 5 MB response.
 */
export const BAND_CELLS = 20_000;

/**
 * A sheet of more bands than this has its empty bands found first (one request): below it,
 * reading every band costs no more than a few requests anyway.
 */
const PROBE_FROM = 8;

interface Band {
  sheet: Excel.Worksheet;
  /** Which sheet of the read the band belongs to. */
  owner: number;
  /** 1-based first row and column, and size. */
  row: number;
  rows: number;
  column: number;
  columns: number;
  /** Also the merged areas of its rows (the banded read, where the sheet's at once failed). */
  merges: boolean;
  /** Also the used range's columns: hidden ones and widths (the block did not span them). */
  usedColumns?: Excel.Range;
}

interface LoadedBand {
  band: Band;
  cells: LoadedUsedRange;
  merges: string[];
  hiddenRows: number[];
  columns?: { hiddenColumns: number[]; columnWidths: Map<number, number> };
}

/** A piece of a sheet's cells: a band, or the block of the first request. */
interface Piece {
  row: number;
  rows: number;
  cells: LoadedUsedRange;
}

/** A sheet whose first request read it, and the worksheet to read the rest from. */
export interface FirstRead {
  sheet: Excel.Worksheet;
  read: ReadSheet;
}

/**
 * Finishes the sheets whose used range is bigger than the block their first request read: the
 * rows below the block are read in bands of BAND_CELLS, one request each, the empty bands of a
 * sheet of many bands left out after one small request finds them (a stray value far below the
 * table). A block narrower than the used range is dropped and every row read in bands. Sheets
 * the block held whole cost nothing here.
 */
export async function finishSheets(
  context: Excel.RequestContext,
  reads: readonly FirstRead[],
): Promise<SheetPart[]> {
  const bands = reads.flatMap(({ sheet, read }, owner) => {
    if (isWhole(read)) return [];
    const wide = read.block.columnCount === read.box.columnCount;
    const below = wide ? read.block.rowIndex + read.block.rowCount : read.box.rowIndex;
    const rest = bandsOf(sheet, owner, read.box, below, false);
    const first = rest[0];
    if (!wide && first) first.usedColumns = sheet.getUsedRange(true);
    return rest;
  });
  const loaded = await loadBands(context, await skipEmpty(context, bands));
  return reads.map(({ read }, owner) => {
    if (isWhole(read)) return read.part;
    const mine = loaded.filter((l) => l.band.owner === owner);
    const wide = read.block.columnCount === read.box.columnCount;
    const block: Piece[] = wide
      ? [{ row: read.block.rowIndex + 1, rows: read.block.rowCount, cells: read.part.used }]
      : [];
    const columns = mine.find((l) => l.columns)?.columns;
    return {
      ...read.part,
      used: joinPieces([...block, ...mine.map(pieceOf)], read.box),
      hiddenRows: [...(wide ? read.part.hiddenRows : []), ...mine.flatMap((b) => b.hiddenRows)],
      ...(columns ?? {}),
    };
  });
}

/**
 * The read for workbooks whose first request Excel refused (over 512 merged areas on a sheet,
 * or a response of long texts over 5 MB): no request here asks for more than a band.
 * 1. the listing;
 * 2. each sheet's used range size, hidden columns and widths (one entry a column), tables, notes;
 * 3. on sheets of more than 8 bands, which bands hold anything;
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
    const columns = used.getColumnProperties({
      columnIndex: true,
      columnHidden: true,
      format: { columnWidth: true },
    });
    return { sheet, used, columns };
  });
  const tables = queueTableRanges(
    listed.tables.filter((t) => wanted.some((s) => sameSheet(s.name, t.sheet))),
  );
  const notes = queueNoteCells(listed.notes);
  await context.sync();

  const sized = pending.map((p) => ({ ...p, box: collectBox(p.used) }));
  const bands = sized.flatMap(({ sheet, box }, owner) =>
    bandsOf(sheet.proxy, owner, box, box.rowIndex, true),
  );
  const loaded = await loadBands(context, await skipEmpty(context, bands));
  const parts: SheetPart[] = sized.map(({ sheet, box, columns }, owner) => {
    const mine = loaded.filter((l) => l.band.owner === owner);
    const { hiddenColumns, columnWidths } = collectHidden({ rows: { value: [] }, columns });
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      used: joinPieces(mine.map(pieceOf), box),
      merges: [...new Set(mine.flatMap((b) => b.merges))],
      hiddenRows: mine.flatMap((b) => b.hiddenRows),
      hiddenColumns,
      columnWidths,
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

/** Bands of whole used-range rows from the 0-based row `from` to the used range's end. */
function bandsOf(
  sheet: Excel.Worksheet,
  owner: number,
  box: UsedBox,
  from: number,
  merges: boolean,
): Band[] {
  const rowsPerBand = Math.max(1, Math.floor(BAND_CELLS / box.columnCount));
  const end = box.rowIndex + box.rowCount;
  return Array.from({ length: Math.ceil((end - from) / rowsPerBand) }, (_, i) => ({
    sheet,
    owner,
    row: from + 1 + i * rowsPerBand,
    rows: Math.min(rowsPerBand, end - from - i * rowsPerBand),
    column: box.columnIndex + 1,
    columns: box.columnCount,
    merges,
  }));
}

/** The bands, less the empty ones of sheets of many bands (found in one request). */
async function skipEmpty(context: Excel.RequestContext, bands: Band[]): Promise<Band[]> {
  const count = new Map<number, number>();
  for (const b of bands) count.set(b.owner, (count.get(b.owner) ?? 0) + 1);
  const many = (b: Band) => (count.get(b.owner) ?? 0) > PROBE_FROM;
  if (!bands.some(many)) return bands;
  const filled = await filledBands(context, bands.filter(many));
  const kept = bands.flatMap((b) => (many(b) ? (filled.get(b) ?? []) : [b]));
  // The used range's columns go with the sheet's first band that is read.
  for (const b of bands) {
    if (!b.usedColumns) continue;
    const first = kept.find((k) => k.owner === b.owner);
    if (first) first.usedColumns = b.usedColumns;
  }
  return kept;
}

/**
 * Which bands hold a value, each cut to the rows that do: one request, a few bytes a band (the
 * used range within each band, its position only).
 */
async function filledBands(
  context: Excel.RequestContext,
  bands: Band[],
): Promise<Map<Band, Band[]>> {
  const probes = bands.map((band) => {
    const range = band.sheet.getRange(blockAddress(band.row, band.column, band.rows, band.columns));
    const used = range.getUsedRangeOrNullObject(true);
    used.load("rowIndex, rowCount");
    return { band, used };
  });
  await context.sync();
  return new Map(
    probes.map(({ band, used }) => [
      band,
      used.isNullObject
        ? []
        : [{ ...band, usedColumns: undefined, row: used.rowIndex + 1, rows: used.rowCount }],
    ]),
  );
}

/**
 * One request per band, in order: a promise chain over the bands (not a loop), so that no
 * context.sync() sits in a loop body (office-addins/no-context-sync-in-loop).
 */
function loadBands(context: Excel.RequestContext, bands: Band[]): Promise<LoadedBand[]> {
  return bands.reduce<Promise<LoadedBand[]>>(
    (previous, band) =>
      previous.then((done) => loadBand(context, band).then((more) => done.concat(more))),
    Promise.resolve([]),
  );
}

function loadBand(context: Excel.RequestContext, band: Band): Promise<LoadedBand[]> {
  const cells = band.sheet.getRange(blockAddress(band.row, band.column, band.rows, band.columns));
  queueCells(cells);
  const lastRow = band.row + band.rows - 1;
  const merged = band.merges
    ? queueMerges(band.sheet.getRange(`${band.row}:${lastRow}`))
    : undefined;
  // Hidden rows band by band: a request for the whole used range's rows is as big as the sheet.
  const rows = cells.getRowProperties({ rowIndex: true, rowHidden: true });
  const columns = band.usedColumns?.getColumnProperties({
    columnIndex: true,
    columnHidden: true,
    format: { columnWidth: true },
  });
  return context.sync().then(
    (): LoadedBand[] => [
      {
        band,
        cells: collectCells(cells),
        merges: collectMerges(merged),
        hiddenRows: hiddenRowsOf(rows),
        ...(columns ? { columns: collectHidden({ rows: { value: [] }, columns }) } : {}),
      },
    ],
    (error: unknown) => {
      if (band.rows === 1) throw error;
      const half = Math.ceil(band.rows / 2);
      const halves = [
        { ...band, rows: half },
        { ...band, row: band.row + half, rows: band.rows - half, usedColumns: undefined },
      ];
      return loadBands(context, halves);
    },
  );
}

function pieceOf(loaded: LoadedBand): Piece {
  return { row: loaded.band.row, rows: loaded.band.rows, cells: loaded.cells };
}

/** The pieces' cells as one grid from the used range's top; rows no piece read are empty. */
function joinPieces(pieces: Piece[], box: UsedBox): LoadedUsedRange {
  const width = box.columnCount;
  const empty = {
    values: Array<unknown>(width).fill(""),
    valueTypes: Array<string>(width).fill("Empty"),
    formulas: Array<unknown>(width).fill(""),
    numberFormat: Array<unknown>(width).fill("General"),
  };
  const at = new Map<number, { piece: Piece; index: number }>();
  for (const piece of pieces) {
    for (let i = 0; i < piece.rows; i++) at.set(piece.row + i, { piece, index: i });
  }
  const rows = Array.from({ length: box.rowCount }, (_, i) => at.get(box.rowIndex + 1 + i));
  // Rows between the pieces share one empty row each: a stray far cell costs no memory per row.
  return {
    rowIndex: box.rowIndex,
    columnIndex: box.columnIndex,
    values: rows.map((r) => (r ? r.piece.cells.values[r.index] : empty.values)),
    valueTypes: rows.map((r) => (r ? r.piece.cells.valueTypes[r.index] : empty.valueTypes)),
    formulas: rows.map((r) => (r ? r.piece.cells.formulas[r.index] : empty.formulas)),
    numberFormat: rows.map((r) => (r ? r.piece.cells.numberFormat[r.index] : empty.numberFormat)),
  };
}
