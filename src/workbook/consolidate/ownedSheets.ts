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

/**
 * How the notice in A2 of every sheet the add-in writes begins, folded: the consolidation's,
 * the budget chart's ("Trang do Chỉ tiêu tạo khi …") and the report chart's ("Trang này do Chỉ
 * tiêu tạo …"), in either language. A user types no such line; a sheet the add-in made always has
 * one, whatever its name.
 */
const OUTPUT_NOTICE_STARTS = [
  "trang do chi tieu tao",
  "trang nay do chi tieu tao",
  "sheet written by chi tieu",
  "chi tieu made this sheet",
];

/** True when the sheet is any output of the add-in: never a sub-unit's report. */
export function isAddInOutput(sheet: SheetSnapshot): boolean {
  const notice = valueAt(sheet, NOTICE_ROW, 1);
  if (typeof notice !== "string") return false;
  const folded = foldText(notice);
  return OUTPUT_NOTICE_STARTS.some((start) => folded.startsWith(start));
}

/** Names the add-in's chart sheets take ("Biểu đồ % KH", "Biểu đồ ngân sách (2)", "Chart…"). */
const CHART_NAME_STARTS = ["bieu do", "chart % of plan", "budget chart"];

/** Sheets that may be any output of the add-in, by name: worth reading for their notice. */
export function mayBeAddInOutput(sheetName: string): boolean {
  const folded = foldText(sheetName);
  return mayBeOwnOutput(sheetName) || CHART_NAME_STARTS.some((start) => folded.startsWith(start));
}
