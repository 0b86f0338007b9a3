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

/**
 * The row the notice sits in: the first, above the title block and outside the print area, so
 * the user sees it on screen and the paper does not carry it.
 */
export const NOTICE_ROW = 1;

/** Rows a notice may sit in: row 1, or row 2 under a one-line title (as earlier versions wrote it). */
const NOTICE_ROWS = [NOTICE_ROW, 2];

/** The row of column A whose text passes `test`, among the rows a notice may sit in. */
function noticeRowWhere(sheet: SheetSnapshot, test: (text: string) => boolean): number | undefined {
  return NOTICE_ROWS.find((row) => {
    const value = valueAt(sheet, row, 1);
    return typeof value === "string" && test(value.trim());
  });
}

/** True when the sheet carries one of `notices` in A1 (A2 before), as written: the add-in's. */
export function carriesNotice(sheet: SheetSnapshot, notices: Record<Language, string>): boolean {
  const texts = Object.values(notices);
  return noticeRowWhere(sheet, (text) => texts.includes(text)) !== undefined;
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
 * How the notice of every sheet the add-in writes begins, folded: the consolidation's,
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

/** The row of the notice of any output of the add-in, when the sheet is one. */
export function addInNoticeRow(sheet: SheetSnapshot): number | undefined {
  return noticeRowWhere(sheet, (text) => {
    const folded = foldText(text);
    return OUTPUT_NOTICE_STARTS.some((start) => folded.startsWith(start));
  });
}

/** True when the sheet is any output of the add-in: never a sub-unit's report. */
export function isAddInOutput(sheet: SheetSnapshot): boolean {
  return addInNoticeRow(sheet) !== undefined;
}

/** Names the add-in's chart sheets take ("Biểu đồ % KH", "Biểu đồ ngân sách (2)", "Chart…"). */
const CHART_NAME_STARTS = ["bieu do", "chart % of plan", "budget chart"];

/**
 * Names the collection's tracker takes ("Theo dõi nộp báo cáo", "Submissions"): an output, but
 * not a consolidation's (a consolidation leaves it alone; the next collection rewrites it).
 */
const TRACKER_NAME_STARTS = ["theo doi nop bao cao", "submissions"];

/** Names a collection's tracker takes in either language ("Theo dõi nộp báo cáo (2)"). */
export function mayBeTracker(sheetName: string): boolean {
  const folded = foldText(sheetName);
  return TRACKER_NAME_STARTS.some((start) => folded.startsWith(start));
}

/** Sheets that may be any output of the add-in, by name: worth reading for their notice. */
export function mayBeAddInOutput(sheetName: string): boolean {
  const folded = foldText(sheetName);
  return (
    mayBeOwnOutput(sheetName) ||
    mayBeTracker(sheetName) ||
    CHART_NAME_STARTS.some((start) => folded.startsWith(start))
  );
}
