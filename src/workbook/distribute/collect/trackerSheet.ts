import { PERIOD_LABELS, type PeriodId } from "../../../engine/model/period";
import type { Language } from "../../../engine/model/status";
import { rangeAddress } from "../../a1";
import type { Change, WriteValue } from "../../changeSet";
import { NOTICE_ROW, OWNED_NOTICE } from "../../consolidate/ownedSheets";
import { SheetDraft } from "../../templates/sheetDraft";
import { STATUS_STYLE } from "../../write/statusStyle";
import type { Rejection } from "./settleReturns";
import { SUBMISSION_LABELS, SUBMISSION_LOOK } from "./submissionStatus";
import type { TrackerRow } from "./tracker";

export const TRACKER_TEXT = {
  vi: {
    sheet: "Theo dõi nộp báo cáo",
    title: (parent: string, period: string, year: string) =>
      `THEO DÕI NỘP BÁO CÁO ${period.toLocaleUpperCase("vi")} ${year} – ${parent}`.trim(),
    header: [
      "STT",
      "Đơn vị",
      "Tình trạng",
      "Tệp",
      "Lưu lúc",
      "Chỉ tiêu đã nhập",
      "Lỗi",
      "Cảnh báo",
      "Ghi chú",
    ],
    status: SUBMISSION_LABELS.vi,
    replaced: (files: string) => `Đã thay thế ${files}`,
    rejected: {
      other_parent: "của đơn vị giao khác",
      unexpected_unit: "không có trong danh sách",
      other_period: "của kỳ báo cáo khác",
      superseded: "đã được thay",
    } as Record<Rejection, string>,
    left: (file: string, why: string) => `Không tổng hợp ${file} (${why})`,
    unlisted: "Không có trong danh sách đơn vị",
    sheetColumn: "Trang tính",
    counts: (received: number, expected: number) => `Đã nhận ${received}/${expected} đơn vị`,
  },
  en: {
    sheet: "Submissions",
    title: (parent: string, period: string, year: string) =>
      `SUBMISSIONS, ${period.toUpperCase()} ${year} – ${parent}`.trim(),
    header: [
      "No.",
      "Sub-unit",
      "Status",
      "File",
      "Saved",
      "Indicators filled",
      "Errors",
      "Warnings",
      "Notes",
    ],
    status: SUBMISSION_LABELS.en,
    replaced: (files: string) => `Replaced ${files}`,
    rejected: {
      other_parent: "set by another parent",
      unexpected_unit: "not on the list",
      other_period: "another period",
      superseded: "replaced",
    } as Record<Rejection, string>,
    left: (file: string, why: string) => `Left out ${file} (${why})`,
    unlisted: "Not on the list of sub-units",
    sheetColumn: "Sheet",
    counts: (received: number, expected: number) => `Received ${received}/${expected}`,
  },
} as const;

function savedCell(iso: string | undefined): WriteValue {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export interface TrackerSheetOptions {
  sheet: string;
  parent?: string;
  period?: PeriodId;
  year?: number;
  lang: Language;
}

/** "Theo dõi nộp báo cáo": one row per expected sub-unit, coloured by where its report stands. */
export function trackerSheet(rows: readonly TrackerRow[], o: TrackerSheetOptions): Change[] {
  const t = TRACKER_TEXT[o.lang];
  const draft = new SheetDraft(o.sheet);
  const period = o.period ? PERIOD_LABELS[o.lang][o.period] : "";
  // The notice first (ownedSheets.ts: row 1, off the paper), then the title.
  draft.addRow([OWNED_NOTICE[o.lang]]);
  draft.style(NOTICE_ROW, 1, NOTICE_ROW, 1, { italic: true, fontColor: "#595959" });
  const title = draft.addRow([
    t.title(o.parent ?? "", period, o.year === undefined ? "" : String(o.year)),
  ]);
  draft.style(title, 1, title, 1, { bold: true, fontSize: 14 });
  const received = rows.filter((r) => r.status !== "missing").length;
  draft.addRow([t.counts(received, rows.filter((r) => !r.unlisted).length)]);
  // The sheet each sub-unit's figures are on, where they were put in this workbook (the pane).
  const withSheets = rows.some((r) => r.sheet !== undefined);
  const columns = withSheets ? [...t.header, t.sheetColumn] : [...t.header];
  const header = draft.addRow(columns);
  draft.style(header, 1, header, columns.length, {
    bold: true,
    fill: "#DDEBF7",
    border: true,
    wrap: true,
  });
  rows.forEach((r, i) => {
    const notes = [
      ...(r.replaced.length > 0 ? [t.replaced(r.replaced.join(", "))] : []),
      ...r.rejected.map((x) => t.left(x.file, t.rejected[x.why])),
      ...(r.unlisted ? [t.unlisted] : []),
    ];
    const at = draft.addRow([
      i + 1,
      r.unit,
      t.status[r.status],
      r.file ?? null,
      savedCell(r.savedAt),
      r.filled === undefined ? null : `${r.filled}/${r.total ?? 0}`,
      r.file ? r.errors : null,
      r.file ? r.warnings : null,
      notes.length > 0 ? notes.join("; ") : null,
      ...(withSheets ? [r.sheet ?? null] : []),
    ]);
    draft.style(at, 3, at, 3, STATUS_STYLE[SUBMISSION_LOOK[r.status]]);
  });
  const last = header + rows.length;
  if (rows.length > 0) {
    draft.style(header + 1, 1, last, columns.length, { border: true, vertical: "top" });
    draft.style(header + 1, 9, last, 9, { wrap: true });
    draft.style(header + 1, 6, last, 8, { horizontal: "right" });
  }
  draft.widths([5, 28, 15, 38, 17, 12, 7, 9, 50, ...(withSheets ? [24] : [])]);
  draft.freeze(header, 2);
  draft.print({
    orientation: "landscape",
    paper: "A4",
    titleRows: `${header}:${header}`,
    fitToWidth: true,
    area: rangeAddress(
      { row: NOTICE_ROW + 1, column: 1 },
      { row: Math.max(last, header), column: columns.length },
    ),
    margins: "narrow",
  });
  return draft.changes();
}
