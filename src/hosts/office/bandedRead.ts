import type { ReadProgress, ReadRequest } from "../gateway";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { sameSheet } from "./addresses";
import type { HostFeatures } from "./features";
import { assembleSnapshot, requestedSheets } from "./readParts";
import { blockAddress } from "./rangeRefs";
import { READ_CELLS } from "./readShape";
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
import { wireBytes } from "./wireBytes";

/**
 * Cells per band: values, types, formulas and formats of even long Vietnamese texts (about 150
 * bytes a cell) stay near 3 MB, under Excel on the web's 5 MB response. A band is the unit the
 * empty rows are found by and the first request of rows nothing is known of; requests are packed
 * of bands (and parts of bands) of many sheets by their bytes (READ_BYTES).
 */
export const BAND_CELLS = 20_000;

/**
 * Most bytes a request of rows is planned to bring back: 4 MB, under Excel on the web's 5 MB
 * "payload size limit for requests and responses" (learn.microsoft.com/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization#excel-add-ins), with room for an
 * estimate that falls short; a request Excel refuses all the same is made again as two halves.
 */
export const READ_BYTES = 4 * 1024 * 1024;

/** A row's hidden state in getRowProperties' answer ({"rowIndex":12345,"rowHidden":false}). */
const ROW_BYTES = 48;
/** A column's hidden state and width, for the band that carries the used range's columns. */
const COLUMN_BYTES = 80;

/**
 * A sheet with more cells than this to read in bands has its empty bands found first (one
 * request): below it, reading every band, packed, costs no more than a few requests anyway
 * (two 8,450-row plans, 253,000 cells and 13 bands, take 3 requests after their blocks).
 */
const PROBE_CELLS = 8 * READ_CELLS;

export interface Band {
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
 * rows below the block, cut in bands of BAND_CELLS, are read in requests packed by their bytes
 * with the rows of other sheets (loadPacked), the empty bands of a sheet of many bands left out
 * after one small request finds them (a stray value far below the table). A block narrower than
 * the used range is dropped and every row read in bands. Sheets the block held whole cost
 * nothing here. `onProgress` hears the cells read after each request.
 */
export async function finishSheets(
  context: Excel.RequestContext,
  reads: readonly FirstRead[],
  onProgress?: (progress: ReadProgress) => void,
): Promise<SheetPart[]> {
  const sizes = new CellBytes();
  reads.forEach(({ read }, owner) => sizes.observe(owner, read.part.used));
  const bands = reads.flatMap(({ sheet, read }, owner) => {
    if (isWhole(read)) return [];
    const wide = read.block.columnCount === read.box.columnCount;
    const below = wide ? read.block.rowIndex + read.block.rowCount : read.box.rowIndex;
    const rest = bandsOf(sheet, owner, read.box, below, false);
    const first = rest[0];
    if (!wide && first) first.usedColumns = sheet.getUsedRange(true);
    return rest;
  });
  const blocks = reads.reduce(
    (sum, { read }) => sum + (isWhole(read) || wideBlock(read) ? cellsOf(read.block) : 0),
    0,
  );
  const loaded = await loadPacked(
    context,
    await skipEmpty(context, bands),
    sizes,
    progressFrom(blocks, onProgress),
  );
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
 * 3. on sheets of more than 800,000 cells, which bands hold anything;
 * 4. the bands that hold something, with their hidden rows and merged areas, packed into
 *    requests by their bytes (loadPacked); a request Excel refuses is made again as two halves,
 *    down to single rows.
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
  const loaded = await loadPacked(
    context,
    await skipEmpty(context, bands),
    new CellBytes(),
    progressFrom(0, request.onProgress),
  );
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
  const cells = new Map<number, number>();
  for (const b of bands) cells.set(b.owner, (cells.get(b.owner) ?? 0) + b.rows * b.columns);
  const many = (b: Band) => (cells.get(b.owner) ?? 0) > PROBE_CELLS;
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

/** Cells of a box. */
function cellsOf(box: UsedBox): number {
  return box.rowCount * box.columnCount;
}

/** Whether a sheet's block spans its used range's columns (it is then kept; see finishSheets). */
function wideBlock(read: ReadSheet): boolean {
  return read.block.columnCount === read.box.columnCount;
}

/**
 * What a cell of each sheet costs in a response, as far as the reads have seen: the most bytes a
 * cell of the sheet's values, types, formulas and formats took in any piece read (wireBytes, so a
 * Vietnamese letter counts 6 bytes, two or three times its UTF-8: the estimate's margin, with 4 MB
 * planned of the 5 MB). A sheet nothing of which was read yet is taken at the most any sheet's
 * cells took, or at a band's worth of 4 MB before anything is read.
 */
class CellBytes {
  private readonly bySheet = new Map<number, number>();
  private most = 0;

  observe(owner: number, cells: LoadedUsedRange): void {
    const count = cells.values.length * (cells.values[0]?.length ?? 0);
    if (count === 0) return;
    const grids = [cells.values, cells.valueTypes, cells.formulas, cells.numberFormat];
    const perCell = wireBytes(grids) / count;
    this.bySheet.set(owner, Math.max(this.bySheet.get(owner) ?? 0, perCell));
    this.most = Math.max(this.most, perCell);
  }

  /** The bytes planned for one of the band's rows. */
  row(band: Band): number {
    const known = this.bySheet.get(band.owner) ?? (this.most || READ_BYTES / BAND_CELLS);
    return Math.ceil(known * band.columns) + ROW_BYTES;
  }
}

/** Reports cells read against the cells there are to read, the first request's `before` done. */
function progressFrom(
  before: number,
  onProgress: ((progress: ReadProgress) => void) | undefined,
): (done: number, total: number) => void {
  return (done, total) => onProgress?.({ done: before + done, total: before + total });
}

/**
 * The next request's bands: bands (whole, or the rows of one that fit) taken in order, sheet
 * after sheet, while their planned bytes stay within READ_BYTES and their cells within
 * READ_CELLS; at least one row. The rest are left for the next requests.
 */
export function nextPack(
  bands: readonly Band[],
  rowBytes: (band: Band) => number,
): { pack: Band[]; rest: Band[] } {
  const pack: Band[] = [];
  let bytes = 0;
  let cells = 0;
  for (const [i, band] of bands.entries()) {
    const extra = band.usedColumns ? band.columns * COLUMN_BYTES : 0;
    const perRow = rowBytes(band);
    const fit = Math.min(
      band.rows,
      Math.floor((READ_BYTES - bytes - extra) / perRow),
      Math.floor((READ_CELLS - cells) / band.columns),
    );
    if (fit >= band.rows) {
      pack.push(band);
      bytes += extra + perRow * band.rows;
      cells += band.columns * band.rows;
      continue;
    }
    // The band is cut where the request is full (a request holds one row at least).
    const rows = pack.length === 0 ? Math.max(1, fit) : fit;
    if (rows <= 0) return { pack, rest: bands.slice(i) };
    const rest = { ...band, row: band.row + rows, rows: band.rows - rows, usedColumns: undefined };
    return { pack: [...pack, { ...band, rows }], rest: [rest, ...bands.slice(i + 1)] };
  }
  return { pack, rest: [] };
}

/**
 * The bands' rows in as few requests as their bytes allow: each request is packed (nextPack) of
 * the rows of as many sheets as fit, so the number of requests follows the bytes read, not the
 * number of sheets. Each request's answer refines the estimate for the next. The requests are
 * chained as promises, each queued after the one before has come back (not a loop: no
 * context.sync() in a loop body, office-addins/no-context-sync-in-loop).
 */
function loadPacked(
  context: Excel.RequestContext,
  bands: Band[],
  sizes: CellBytes,
  progress: (done: number, total: number) => void,
): Promise<LoadedBand[]> {
  const total = bands.reduce((sum, b) => sum + b.rows * b.columns, 0);
  progress(0, total);
  const from = (rest: Band[], done: LoadedBand[], cells: number): Promise<LoadedBand[]> => {
    if (rest.length === 0) return Promise.resolve(done);
    const next = nextPack(rest, (band) => sizes.row(band));
    return loadPack(context, next.pack).then((more) => {
      more.forEach((l) => sizes.observe(l.band.owner, l.cells));
      const read = cells + more.reduce((sum, l) => sum + l.band.rows * l.band.columns, 0);
      progress(read, total);
      return from(next.rest, done.concat(more), read);
    });
  };
  return from(bands, [], 0);
}

/** Requests made one after the other, in order. */
function loadPacks(context: Excel.RequestContext, packs: Band[][]): Promise<LoadedBand[]> {
  return packs.reduce<Promise<LoadedBand[]>>(
    (previous, pack) =>
      previous.then((done) => loadPack(context, pack).then((more) => done.concat(more))),
    Promise.resolve([]),
  );
}

/**
 * One request for the pack's bands. Should Excel refuse it (a response over 5 MB, more merged
 * areas than it gives), it is made again as two: the bands in two halves, or a lone band's rows.
 */
function loadPack(context: Excel.RequestContext, pack: Band[]): Promise<LoadedBand[]> {
  const queued = pack.map((band) => queueBand(band));
  return context.sync().then(
    () => queued.map((collect) => collect()),
    (error: unknown) => {
      const [only] = pack;
      if (pack.length === 1 && only.rows === 1) throw error;
      return loadPacks(context, pack.length > 1 ? halvesOf(pack) : halveRows(only));
    },
  );
}

function halvesOf(pack: Band[]): Band[][] {
  const half = Math.ceil(pack.length / 2);
  return [pack.slice(0, half), pack.slice(half)];
}

function halveRows(band: Band): Band[][] {
  const half = Math.ceil(band.rows / 2);
  return [
    [{ ...band, rows: half }],
    [{ ...band, row: band.row + half, rows: band.rows - half, usedColumns: undefined }],
  ];
}

/** Queues one band's loads; the function returned copies them out after the sync. */
function queueBand(band: Band): () => LoadedBand {
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
  return () => ({
    band,
    cells: collectCells(cells),
    merges: collectMerges(merged),
    hiddenRows: hiddenRowsOf(rows),
    ...(columns ? { columns: collectHidden({ rows: { value: [] }, columns }) } : {}),
  });
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
