import { address, parseAddress, parseRange, type RangeRef } from "../../../workbook/a1";
import type { CellStyle, WriteValue } from "../../../workbook/changeSet";
import type { CellEntry } from "./cellEntry";
import { cellEntry, cellStyle, cellXml, hasFormula, sharedMaster } from "./cellXml";
import { columnStyle } from "./colsXml";
import { withMerges, parseMerges } from "./mergeCellsXml";
import type { PackageEdit } from "./packageEdit";
import { shiftFormula } from "./shiftFormula";
import type { SheetEntry } from "./workbookDoc";
import type { WorksheetDoc } from "./worksheetDoc";
import type { RowEntry, SheetRows } from "./sheetRows";
import { attribute, escapeXml, unescapeXml } from "./xmlText";

/** Ranges and cells were checked by the plan; parsing cannot fail. */
function range(text: string): RangeRef {
  return parseRange(text) as RangeRef;
}

/** The style a new cell takes: its row's (when the row has one) or its column's. */
export function defaultStyle(doc: WorksheetDoc, row: RowEntry, column: number): string | undefined {
  const open = row.openTag ?? row.text.slice(0, row.text.indexOf(">") + 1);
  if (open.includes("customFormat")) {
    const custom = attribute(open, "customFormat");
    const s = attribute(open, "s");
    if ((custom === "1" || custom === "true") && s !== undefined) return s;
  }
  return columnStyle(doc.child("cols"), column);
}

/**
 * Replaces a cell's content. A formula that goes leaves the calculation chain; when the cell was
 * the master of a shared formula, the other cells of the group get the formula written out.
 */
export function replaceCell(
  edit: PackageEdit,
  entry: SheetEntry,
  doc: WorksheetDoc,
  row: RowEntry,
  column: number,
  text: string | CellEntry | undefined,
): void {
  const rows = doc.rows();
  const old = rows.cell(row, column);
  if (old !== undefined && hasFormula(old)) {
    edit.calcChain.removeCell(entry.sheetId, address(row.number, column));
    const master = sharedMaster(old);
    if (master) detachShared(doc, rows, old, master, row.number, column);
  }
  rows.setCell(row, column, text);
}

/** Writes the shared formula of a master that is about to go into each cell of its group. */
function detachShared(
  doc: WorksheetDoc,
  rows: SheetRows,
  masterText: string,
  master: { si: string; ref: string },
  masterRow: number,
  masterColumn: number,
): void {
  const area = parseRange(master.ref);
  const f = /<((?:[\w.-]+:)?f)\b[^>]*>([\s\S]*?)<\/\1>/.exec(masterText);
  if (!area || !f) return;
  const formula = unescapeXml(f[2]);
  const q = doc.prefix;
  for (const number of rows.numbersBetween(area.start.row, area.end.row)) {
    const row = rows.find(number);
    if (!row) continue;
    for (const cell of [...rows.cells(row)]) {
      if (cell.column < area.start.column || cell.column > area.end.column) continue;
      if (number === masterRow && cell.column === masterColumn) continue;
      const dep = /<((?:[\w.-]+:)?f)\b([^>]*?)(\/>|>[\s\S]*?<\/\1>)/.exec(cell.text);
      if (
        !dep ||
        attribute(`<f${dep[2]}>`, "t") !== "shared" ||
        attribute(`<f${dep[2]}>`, "si") !== master.si
      )
        continue;
      const shifted = shiftFormula(formula, number - masterRow, cell.column - masterColumn);
      const own = `<${q}f>${escapeXml(shifted)}</${q}f>`;
      rows.setCell(row, cell.column, cell.text.replace(dep[0], own));
    }
  }
}

/** Writes a block of values at `anchor` (see cellXml for how each kind is stored). */
export function writeValues(
  edit: PackageEdit,
  entry: SheetEntry,
  anchor: string,
  values: WriteValue[][],
): void {
  const doc = edit.sheet(entry);
  const rows = doc.rows();
  const start = parseAddress(anchor) as { row: number; column: number };
  const columnStyles = new Map<number, string | undefined>();
  const styleOfColumn = (row: RowEntry, column: number) => {
    if (!columnStyles.has(column)) columnStyles.set(column, defaultStyle(doc, row, column));
    return columnStyles.get(column);
  };
  values.forEach((line, i) => {
    const number = start.row + i;
    if (rows.find(number) === undefined) {
      // A row the sheet does not have takes the line as it is: no cell to compare or keep.
      if (line.every((value) => value === null)) return;
      const row = rows.ensure(number);
      rows.fill(row, {
        first: start.column,
        values: line.map((value) => (value === null ? undefined : value)),
        styles: line.map((value, j) =>
          value === null ? undefined : styleOfColumn(row, start.column + j),
        ),
      });
      return;
    }
    let written: RowEntry | undefined;
    line.forEach((value, j) => {
      const column = start.column + j;
      if (value === null) {
        const row = rows.find(number);
        const old = row ? rows.cell(row, column) : undefined;
        if (!row || old === undefined || !/<(?:[\w.-]+:)?(?:v|f|is)[\s>/]/.test(old)) return;
        replaceCell(
          edit,
          entry,
          doc,
          row,
          column,
          cellXml(doc.prefix, number, column, cellStyle(old), null),
        );
        return;
      }
      const row = (written ??= rows.ensure(number));
      const old = rows.entry(row, column);
      const style = old !== undefined ? old.style : defaultStyle(doc, row, column);
      const cell = cellEntry(doc.prefix, number, column, style, value);
      if (old === undefined) rows.setCell(row, column, cell);
      else replaceCell(edit, entry, doc, row, column, cell);
    });
  });
}

/** Gives every cell of the range a style derived from its own (new cells from their row's or column's). */
export function writeStyle(
  edit: PackageEdit,
  entry: SheetEntry,
  rangeText: string,
  style: CellStyle,
): void {
  const doc = edit.sheet(entry);
  const rows = doc.rows();
  const styles = edit.styleSheet();
  const r = range(rangeText);
  // One style change gives every cell of one base style the same index: derived once.
  const derived = new Map<string | undefined, string>();
  const derivedFrom = (base: string | undefined) => {
    let s = derived.get(base);
    if (s === undefined) {
      s = styles.derive(base, style);
      derived.set(base, s);
    }
    return s;
  };
  for (let number = r.start.row; number <= r.end.row; number++) {
    const row = rows.ensure(number);
    const written = rows.writtenCells(row);
    if (
      written &&
      r.start.column >= written.first &&
      r.end.column < written.first + written.values.length
    ) {
      for (let column = r.start.column; column <= r.end.column; column++) {
        const i = column - written.first;
        const present = written.values[i] !== undefined;
        const s = derivedFrom(present ? written.styles[i] : defaultStyle(doc, row, column));
        if (!present) written.values[i] = null;
        written.styles[i] = s;
      }
      continue;
    }
    let restyled = false;
    for (let column = r.start.column; column <= r.end.column; column++) {
      const old = rows.entry(row, column);
      const s = derivedFrom(old !== undefined ? old.style : defaultStyle(doc, row, column));
      if (old === undefined)
        rows.setCell(row, column, cellEntry(doc.prefix, number, column, s, null));
      else if (old.style !== s) {
        old.setStyle(s);
        restyled = true;
      }
    }
    // The row's text is rebuilt once, however many of its cells changed style.
    if (restyled) rows.touch(row);
  }
}

/**
 * Empties the range's values and formats, as Excel's Clear All does: its cells go, and merged
 * areas it touches are unmerged. Notes and validations stay. Only rows that exist are visited.
 */
export function clearRange(edit: PackageEdit, entry: SheetEntry, rangeText: string): void {
  const doc = edit.sheet(entry);
  const rows = doc.rows();
  const r = range(rangeText);
  const merges = doc.child("mergeCells");
  if (merges && parseMerges(merges).some((m) => m.ref && overlaps(m.ref, r))) {
    doc.setChild(
      "mergeCells",
      withMerges(merges, doc.prefix, (m) => overlaps(m, r), []),
    );
  }
  for (const number of rows.numbersBetween(r.start.row, r.end.row)) {
    const row = rows.find(number);
    if (!row) continue;
    const doomed = rows
      .cells(row)
      .filter((c) => c.column >= r.start.column && c.column <= r.end.column);
    for (const cell of doomed) replaceCell(edit, entry, doc, row, cell.column, undefined);
  }
}

/** Merges the range; its first cell keeps its value, the other cells' values go (their styles stay). */
export function mergeRange(edit: PackageEdit, entry: SheetEntry, rangeText: string): void {
  const doc = edit.sheet(entry);
  const r = range(rangeText);
  const merges = doc.child("mergeCells");
  const same = parseMerges(merges).some((m) => m.ref && overlaps(m.ref, r) && sameArea(m.ref, r));
  if (same) return;
  const rows = doc.rows();
  for (const number of rows.numbersBetween(r.start.row, r.end.row)) {
    const row = rows.find(number);
    if (!row) continue;
    for (const cell of [...rows.cells(row)]) {
      if (cell.column < r.start.column || cell.column > r.end.column) continue;
      if (number === r.start.row && cell.column === r.start.column) continue;
      if (!/<(?:[\w.-]+:)?(?:v|f|is)[\s>/]/.test(cell.text)) continue;
      replaceCell(
        edit,
        entry,
        doc,
        row,
        cell.column,
        cellXml(doc.prefix, number, cell.column, cellStyle(cell.text), null),
      );
    }
  }
  const ref =
    r.start.row === r.end.row && r.start.column === r.end.column
      ? address(r.start.row, r.start.column)
      : `${address(r.start.row, r.start.column)}:${address(r.end.row, r.end.column)}`;
  doc.setChild(
    "mergeCells",
    withMerges(merges, doc.prefix, () => false, [ref]),
  );
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

function sameArea(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row === b.start.row &&
    a.end.row === b.end.row &&
    a.start.column === b.start.column &&
    a.end.column === b.end.column
  );
}
