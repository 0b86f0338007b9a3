import { address } from "../../../workbook/a1";
import type {
  CellValue,
  SheetSnapshot,
  SheetVisibility,
  TableInfo,
} from "../../../workbook/snapshot";
import { decodeAddress } from "./cellAddress";
import { coveredCells, disjointAreas, type Area } from "./mergedAreas";
import { validationInfos } from "./validations";
import type { ParsedSheet } from "./worksheetPart";

/** A worksheet read and laid out, ready to become a snapshot. */
export interface SheetModel {
  name: string;
  visibility: SheetVisibility;
  parsed: ParsedSheet;
  merges: Area[];
  /** Cells a merged area covers (not its top-left): empty, as Excel shows them. */
  covered: Uint8Array;
  /** The used range: first to last cell with content; undefined when there is none. */
  box?: Area;
  tables: TableInfo[];
  notes: Record<string, string>;
  /** Cells holding threaded comments, by row then column. */
  threadedCommentCells: string[];
}

export function layOutSheet(
  name: string,
  visibility: SheetVisibility,
  parsed: ParsedSheet,
  tables: TableInfo[],
  notes: Record<string, string>,
  threadedCommentCells: string[],
): SheetModel {
  const merges = disjointAreas(parsed.merges);
  const covered = coveredCells(merges, parsed.rows, parsed.columns);
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (let i = 0; i < parsed.rows.length; i++) {
    if (!parsed.content[i] || covered[i]) continue;
    const r = parsed.rows[i];
    const c = parsed.columns[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  const box = bottom === 0 ? undefined : { top, left, bottom, right };
  return { name, visibility, parsed, merges, covered, box, tables, notes, threadedCommentCells };
}

/** Validations, threaded-comment cells and protection: each only when the sheet has it. */
function sheetFacts(
  model: SheetModel,
): Pick<SheetSnapshot, "validations" | "threadedCommentCells" | "protected"> {
  const validations = model.parsed.validations.flatMap(validationInfos);
  return {
    ...(validations.length > 0 ? { validations } : {}),
    ...(model.threadedCommentCells.length > 0
      ? { threadedCommentCells: [...model.threadedCommentCells] }
      : {}),
    ...(model.parsed.protected ? { protected: true } : {}),
  };
}

/** Cells in the used range: the size of the snapshot's 2-D arrays. */
export function boxCells(model: SheetModel): number {
  const { box } = model;
  return box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0;
}

/**
 * The snapshot of a laid-out sheet: values, formats and formulas as dense 2-D arrays over the
 * used range, merges sorted by top then left, hidden rows and columns within the used range.
 */
export function sheetSnapshot(model: SheetModel, numberFormats: readonly string[]): SheetSnapshot {
  const { parsed, box } = model;
  const base = {
    name: model.name,
    visibility: model.visibility,
    merges: [...model.merges]
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((m) => `${address(m.top, m.left)}:${address(m.bottom, m.right)}`),
    tables: model.tables,
    notes: model.notes,
    ...sheetFacts(model),
  };
  if (!box) {
    return {
      ...base,
      origin: { row: 1, column: 1 },
      values: [],
      numberFormats: [],
      formulas: [],
      hiddenRows: [],
      hiddenColumns: [],
    };
  }
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  // One flat array, not a typed array per row: a million rows would cost 100 MB in headers.
  const listed = new Uint8Array(height * width);
  // Rows the file lists no cell in share one frozen empty row each: memory follows the cells
  // that exist, not the height of the used range (a value at A1048576 under a short table).
  const occupied = new Uint8Array(height);
  for (const r of parsed.rows) if (r >= box.top && r <= box.bottom) occupied[r - box.top] = 1;
  const empty = emptyRows(width);
  for (let i = 0; i < height; i++) {
    if (!occupied[i]) {
      values.push(empty.values);
      formats.push(empty.formats);
      formulas.push(empty.formulas);
      continue;
    }
    values.push(new Array<CellValue>(width).fill(null));
    formats.push(new Array<string>(width).fill("General"));
    formulas.push(new Array<string | null>(width).fill(null));
  }
  for (let k = 0; k < parsed.rows.length; k++) {
    const i = parsed.rows[k] - box.top;
    const j = parsed.columns[k] - box.left;
    if (i < 0 || j < 0 || i >= height || j >= width) continue;
    listed[i * width + j] = 1;
    formats[i][j] = numberFormats[parsed.styles[k]] ?? "General";
    if (model.covered[k]) {
      values[i][j] = null;
      formulas[i][j] = null;
    } else {
      values[i][j] = parsed.values[k];
      formulas[i][j] = parsed.formulas[k];
    }
  }
  fillUnlistedFormats(model, numberFormats, formats, listed);
  const hiddenRows = [...parsed.hiddenRows]
    .filter((r) => r >= box.top && r <= box.bottom)
    .sort((a, b) => a - b);
  return {
    ...base,
    origin: { row: box.top, column: box.left },
    values,
    numberFormats: formats,
    formulas,
    hiddenRows,
    hiddenColumns: hiddenColumns(model, box),
  };
}

/**
 * Cells the file does not list but that a merged area or a note makes exist take the format of
 * their row's style, else their column's (as Excel shows them, and as ExcelJS creates them).
 */
function fillUnlistedFormats(
  model: SheetModel,
  numberFormats: readonly string[],
  formats: string[][],
  listed: Uint8Array,
): void {
  const box = model.box as Area;
  const { rowStyles, columnRanges } = model.parsed;
  if (rowStyles.size === 0 && !columnRanges.some((c) => c.style)) return;
  const formatAt = (r: number, c: number): string | undefined => {
    const rowStyle = rowStyles.get(r);
    const fromRow = rowStyle ? numberFormats[rowStyle] : undefined;
    if (fromRow && fromRow !== "General") return fromRow;
    const col = columnRanges.find((range) => c >= range.min && c <= range.max);
    const fromColumn = col?.style ? numberFormats[col.style] : undefined;
    return fromColumn && fromColumn !== "General" ? fromColumn : undefined;
  };
  const visit = (r: number, c: number) => {
    const i = r - box.top;
    const j = c - box.left;
    if (listed[i * (box.right - box.left + 1) + j]) return;
    const format = formatAt(r, c);
    if (!format) return;
    if (Object.isFrozen(formats[i])) formats[i] = [...formats[i]]; // a shared empty row
    formats[i][j] = format;
  };
  for (const m of model.merges) {
    for (let r = Math.max(m.top, box.top); r <= Math.min(m.bottom, box.bottom); r++) {
      for (let c = Math.max(m.left, box.left); c <= Math.min(m.right, box.right); c++) visit(r, c);
    }
  }
  for (const a1 of Object.keys(model.notes)) {
    const at = decodeAddress(a1);
    if (at && at.row >= box.top && at.row <= box.bottom) {
      if (at.column >= box.left && at.column <= box.right) visit(at.row, at.column);
    }
  }
}

/** One empty row of each kind, frozen, for every row of the used range the file lists nothing in. */
function emptyRows(width: number): {
  values: CellValue[];
  formats: string[];
  formulas: (string | null)[];
} {
  return {
    values: Object.freeze(new Array<CellValue>(width).fill(null)) as CellValue[],
    formats: Object.freeze(new Array<string>(width).fill("General")) as string[],
    formulas: Object.freeze(new Array<string | null>(width).fill(null)) as (string | null)[],
  };
}

function hiddenColumns(model: SheetModel, box: Area): number[] {
  const hidden = new Set<number>();
  for (const range of model.parsed.columnRanges) {
    if (!range.hidden) continue;
    for (let c = Math.max(range.min, box.left); c <= Math.min(range.max, box.right); c++) {
      hidden.add(c);
    }
  }
  return [...hidden].sort((a, b) => a - b);
}
