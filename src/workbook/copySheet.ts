import { address, rangeAddress } from "./a1";
import type { Change, WriteValue } from "./changeSet";
import type { CellValue, SheetSnapshot } from "./snapshot";

/** A rectangle of cells sharing one number format. */
interface FormatBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  format: string;
}

/** What a cell holds, as a change can write it: an error value becomes its text ("#DIV/0!"). */
function writable(value: CellValue | undefined): WriteValue {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object") return value.error;
  return value;
}

/**
 * The number formats of a sheet as few rectangles as a simple sweep gives: runs of one format
 * along each row, and a run joined to the one above when it spans the same columns.
 */
function formatBlocks(sheet: SheetSnapshot): FormatBlock[] {
  const blocks: FormatBlock[] = [];
  let above = new Map<string, FormatBlock>();
  sheet.numberFormats.forEach((formats, r) => {
    const row = sheet.origin.row + r;
    const here = new Map<string, FormatBlock>();
    let c = 0;
    while (c < formats.length) {
      const format = formats[c];
      let end = c;
      while (end + 1 < formats.length && formats[end + 1] === format) end += 1;
      if (format && format !== "General") {
        const left = sheet.origin.column + c;
        const right = sheet.origin.column + end;
        const key = `${left}:${right}:${format}`;
        const previous = above.get(key);
        if (previous && previous.bottom === row - 1) {
          previous.bottom = row;
          here.set(key, previous);
        } else {
          const block = { top: row, bottom: row, left, right, format };
          blocks.push(block);
          here.set(key, block);
        }
      }
      c = end + 1;
    }
    above = here;
  });
  return blocks;
}

/**
 * The changes that write `sheet` (read from another workbook) as a new sheet named `name` at
 * the end of a workbook: its values (a formula's last computed value), number formats, merged
 * areas, notes and visibility. Pure: the gateway applies them as one change set.
 */
export function copySheetChanges(sheet: SheetSnapshot, name: string): Change[] {
  const changes: Change[] = [{ kind: "addSheet", sheet: name }];
  const rows = sheet.values.map((row) => row.map(writable));
  if (rows.some((row) => row.some((v) => v !== null))) {
    changes.push({
      kind: "values",
      sheet: name,
      anchor: address(sheet.origin.row, sheet.origin.column),
      rows,
    });
  }
  for (const block of formatBlocks(sheet)) {
    changes.push({
      kind: "style",
      sheet: name,
      range: rangeAddress(
        { row: block.top, column: block.left },
        { row: block.bottom, column: block.right },
      ),
      style: { numberFormat: block.format },
    });
  }
  for (const range of sheet.merges) changes.push({ kind: "merge", sheet: name, range });
  for (const [cell, text] of Object.entries(sheet.notes)) {
    changes.push({ kind: "note", sheet: name, cell, text });
  }
  if (sheet.visibility !== "visible") {
    changes.push({ kind: "hideSheet", sheet: name, veryHidden: sheet.visibility === "veryHidden" });
  }
  return changes;
}
