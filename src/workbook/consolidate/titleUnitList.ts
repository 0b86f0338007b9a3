import { foldText } from "../../engine/text/normalize";
import type { SheetGrid } from "../read/sheetGrid";

/**
 * Keys of a title-block line listing the sub-units ("Đơn vị trực thuộc: Phường 1, Phường 2";
 * "Các xã, thị trấn:" | "Xã A; Xã B"). "Đơn vị:" alone is the sheet's own unit, never a list.
 */
const LIST_KEY =
  /^(don vi (truc thuoc|cap duoi)|cac don vi( truc thuoc| cap duoi)?|cac (phuong|xa|khoi)(, (phuong|xa|thi tran|dac khu))*|sub-?units|wards|communes)$/;

function listKey(text: string): boolean {
  return LIST_KEY.test(
    foldText(text)
      .replace(/[:：.]+$/, "")
      .trim(),
  );
}

function names(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim().replace(/\.$/, ""))
    .filter((s) => s !== "");
}

/**
 * The sub-units a title block lists, in rows `fromRow`–`toRow`: a "key: A, B, C" cell, or a
 * key cell followed by the list in the next filled cell.
 */
export function titleUnitList(grid: SheetGrid, fromRow: number, toRow: number): string[] {
  const out: string[] = [];
  for (let row = Math.max(fromRow, grid.firstRow); row <= toRow; row++) {
    const columns = grid.filledColumns(row);
    columns.forEach((column, i) => {
      const text = grid.text(row, column);
      const inline = /^([^:：]{1,40}?)\s*[:：]\s*(.+)$/s.exec(text);
      if (inline && listKey(inline[1])) out.push(...names(inline[2]));
      else if (!inline && listKey(text) && i + 1 < columns.length)
        out.push(...names(grid.text(row, columns[i + 1])));
    });
  }
  return out;
}
