import type { Language } from "../../../engine/model/status";
import { carriesNotice, OWNED_NOTICE } from "../../consolidate/ownedSheets";
import { valueAt } from "../../sheetGrid";
import type { CellValue, SheetSnapshot } from "../../snapshot";
import type { SubmissionStatus, TrackerRow } from "./tracker";
import { TRACKER_TEXT } from "./trackerSheet";

/** A tracker sheet an earlier collection wrote, read back: its title and its rows. */
export interface EarlierTracker {
  sheet: string;
  title: string;
  lang: Language;
  rows: TrackerRow[];
}

const LANGUAGES: Language[] = ["vi", "en"];

const text = (value: CellValue | undefined) =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";

/** "20/07/2023 14:30" (the tracker's "Lưu lúc", in UTC) back to ISO 8601; other text as it is. */
function savedAt(value: string): string | undefined {
  if (value === "") return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(value);
  if (!m) return value;
  const [day, month, year, hour, minute] = m.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute)).toISOString();
}

function count(value: CellValue | undefined): number {
  return typeof value === "number" ? value : 0;
}

/** The header row and the language it is in: the row whose first cells are the header's. */
function headerRow(sheet: SheetSnapshot): { row: number; lang: Language } | undefined {
  for (let row = 1; row <= 8; row++) {
    for (const lang of LANGUAGES) {
      const header = TRACKER_TEXT[lang].header;
      if ([1, 2, 3].every((c) => text(valueAt(sheet, row, c)) === header[c - 1])) {
        return { row, lang };
      }
    }
  }
  return undefined;
}

/** The files a "Đã thay thế a.xlsx, b.xlsx" note names. */
function replacedFiles(notes: string, lang: Language): string[] {
  const prefix = TRACKER_TEXT[lang].replaced("");
  return notes
    .split("; ")
    .filter((note) => note.startsWith(prefix))
    .flatMap((note) => note.slice(prefix.length).split(", "))
    .filter((file) => file !== "");
}

/**
 * Reads a "Theo dõi nộp báo cáo" sheet the add-in wrote (trackerSheet.ts, known by its notice)
 * back into its rows: what an earlier collection into this workbook took for each sub-unit, the
 * file, when it was saved, its counts and the sheet its figures went to. The files it left out
 * are not carried over: they were that run's news. Undefined for any other sheet.
 */
export function readTracker(sheet: SheetSnapshot): EarlierTracker | undefined {
  if (!carriesNotice(sheet, OWNED_NOTICE)) return undefined;
  const found = headerRow(sheet);
  if (!found) return undefined;
  const t = TRACKER_TEXT[found.lang];
  const notice = Object.values(OWNED_NOTICE);
  const title = [1, 2]
    .map((row) => text(valueAt(sheet, row, 1)))
    .find((value) => value !== "" && !notice.includes(value));
  const statusOf = new Map(
    (Object.entries(t.status) as Array<[SubmissionStatus, string]>).map(([id, label]) => [
      label,
      id,
    ]),
  );
  const sheetColumn = text(valueAt(sheet, found.row, 10)) === t.sheetColumn ? 10 : undefined;
  const rows: TrackerRow[] = [];
  for (let row = found.row + 1; ; row++) {
    const unit = text(valueAt(sheet, row, 2));
    if (unit === "") break;
    const status = statusOf.get(text(valueAt(sheet, row, 3)));
    if (!status) continue;
    const file = text(valueAt(sheet, row, 4));
    const saved = savedAt(text(valueAt(sheet, row, 5)));
    const filled = /^(\d+)\/(\d+)$/.exec(text(valueAt(sheet, row, 6)));
    const notes = text(valueAt(sheet, row, 9));
    const onSheet = sheetColumn ? text(valueAt(sheet, row, sheetColumn)) : "";
    rows.push({
      unit,
      status,
      ...(file ? { file } : {}),
      ...(onSheet ? { sheet: onSheet } : {}),
      ...(saved ? { savedAt: saved } : {}),
      ...(filled ? { filled: Number(filled[1]), total: Number(filled[2]) } : {}),
      errors: count(valueAt(sheet, row, 7)),
      warnings: count(valueAt(sheet, row, 8)),
      replaced: replacedFiles(notes, found.lang),
      rejected: [],
      ...(notes.split("; ").includes(t.unlisted) ? { unlisted: true as const } : {}),
    });
  }
  return { sheet: sheet.name, title: title ?? "", lang: found.lang, rows };
}

/** The title a tracker of this collection has, in either language: an earlier one matches it. */
export function sameCollection(
  earlier: EarlierTracker,
  heading: { parent?: string; period?: string; year?: number },
  periodLabel: (lang: Language) => string,
): boolean {
  return LANGUAGES.some(
    (lang) =>
      TRACKER_TEXT[lang].title(
        heading.parent ?? "",
        periodLabel(lang),
        heading.year === undefined ? "" : String(heading.year),
      ) === earlier.title,
  );
}
