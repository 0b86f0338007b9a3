import { address } from "../../../workbook/a1";
import { WorkbookOpenError } from "../package/workbookOpenError";
import type { Area } from "./mergedAreas";

/**
 * The refusal of a sheet whose used range (first to last cell with content) is too large to
 * hold: it names the sheet and the range, and says what to do (a stray value far from the
 * table is the usual cause), in one line in Vietnamese and in English.
 */
export function sheetTooLarge(
  fileName: string | undefined,
  sheet: string,
  box: Area,
  cells: number,
): WorkbookOpenError {
  const range = `${address(box.top, box.left)}:${address(box.bottom, box.right)}`;
  const vi = fileName ? `Tệp "${fileName}"` : "Tệp này";
  const en = fileName ? `The file "${fileName}"` : "This file";
  return new WorkbookOpenError(
    "unsupported",
    `${vi} không được mở: trang “${sheet}” có dữ liệu trải từ ${range} (${cells} ô), quá lớn để đọc; hãy xoá các ô ở xa bảng (Ctrl+End cho thấy ô cuối) rồi lưu lại.`,
    `${en} is not opened: sheet “${sheet}” has data spanning ${range} (${cells} cells), too large to read; delete the cells far from the table (Ctrl+End shows the last one) and save it again.`,
    `sheet "${sheet}" spans ${cells} cells`,
  );
}
