import { foldText } from "../../engine/text/normalize";
import type { Language } from "../../engine/model/status";
import { valueAt } from "../sheetGrid";
import type { SheetSnapshot } from "../snapshot";

/**
 * The line under the title of every sheet a consolidation writes. It tells the user the sheet
 * is rewritten on each run, and tells the add-in the sheet is its own: a re-run deletes and
 * writes again only sheets that carry it, never a sheet the user made.
 */
export const OWNED_NOTICE: Record<Language, string> = {
  vi: "Trang do Chỉ tiêu tạo khi tổng hợp; chạy tổng hợp lại sẽ ghi lại cả trang, đừng nhập số liệu vào đây.",
  en: "Sheet written by Chỉ tiêu when consolidating; consolidating again rewrites the whole sheet, so do not type data here.",
};

/** The row the notice sits in (the title is row 1). */
export const NOTICE_ROW = 2;

/** True when the sheet carries one of `notices` in A2, as written: a sheet the add-in made. */
export function carriesNotice(sheet: SheetSnapshot, notices: Record<Language, string>): boolean {
  const notice = valueAt(sheet, NOTICE_ROW, 1);
  return typeof notice === "string" && Object.values(notices).includes(notice.trim());
}

/** True when the sheet is one a consolidation wrote. */
export function isOwnConsolidationSheet(sheet: SheetSnapshot): boolean {
  return carriesNotice(sheet, OWNED_NOTICE);
}

/** Names a consolidation's sheets start with, in either language ("Tổng hợp Quận 7 (2)"…). */
const OUTPUT_NAME_STARTS = [
  "tong hop",
  "nguon",
  "ma tran danh gia",
  "consolidated",
  "sources",
  "status matrix",
];

/**
 * Sheets that may be a consolidation's earlier output, by name: the ones worth reading to see
 * whether they carry the notice. Reading by name first keeps the read to the sheets that matter.
 */
export function mayBeOwnOutput(sheetName: string): boolean {
  const folded = foldText(sheetName);
  return OUTPUT_NAME_STARTS.some((start) => folded.startsWith(start));
}
