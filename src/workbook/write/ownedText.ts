import type { Language } from "../../engine/model/status";
import { foldText } from "../../engine/text/normalize";

/** Headers of the two columns the add-in owns in every plan table. */
export const OWNED_HEADERS: Record<Language, { percent: string; status: string }> = {
  vi: { percent: "% KH", status: "Đánh giá" },
  en: { percent: "% of plan", status: "Status" },
};

/** Which check wrote a note's line: each re-run replaces only its own lines. */
export type NoteOwner = "plan" | "budget";

/** Each line the add-in writes in a note starts with its check's prefix. */
export const NOTE_PREFIXES: Record<NoteOwner, string> = {
  plan: "Chỉ tiêu: ",
  budget: "Chỉ tiêu – ngân sách: ",
};

/** Put between the user's own note and the add-in's text when a cell already had a note. */
export const NOTE_SEPARATOR = "\n— ";

/** The first cell of the summary block; a re-run finds its old block by this text. */
export const SUMMARY_MARKER: Record<Language, string> = {
  vi: "KẾT QUẢ KIỂM TRA CHỈ TIÊU",
  en: "INDICATOR CHECK RESULTS",
};

/** The markers folded once: a re-run asks this of every text cell of the sheet. */
const FOLDED_MARKERS = [foldText(SUMMARY_MARKER.vi), foldText(SUMMARY_MARKER.en)];

export function isSummaryMarker(text: string): boolean {
  const folded = foldText(text);
  return folded === FOLDED_MARKERS[0] || folded === FOLDED_MARKERS[1];
}
