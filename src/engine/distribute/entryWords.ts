import type { MilestoneState } from "../model/indicator";
import type { Language } from "../model/status";

/**
 * The milestone states a formula knows, lower case, with and without diacritics: the words of
 * parseMilestoneState that people type. (The engine also folds away a trailing "." and any
 * other spelling of the same letters; a formula compares whole words.)
 */
export const STATE_WORDS: Record<MilestoneState, readonly string[]> = {
  done: [
    "hoàn thành",
    "đã hoàn thành",
    "hoàn thành 100%",
    "hoàn thành 100 %",
    "đạt",
    "đã đạt",
    "xong",
    "hoan thanh",
    "da hoan thanh",
    "hoan thanh 100%",
    "dat",
    "da dat",
    "complete",
    "completed",
    "done",
    "achieved",
    "finished",
  ],
  in_progress: [
    "đang thực hiện",
    "đang triển khai",
    "dang thuc hien",
    "dang trien khai",
    "in progress",
    "ongoing",
    "under way",
    "underway",
  ],
  not_done: [
    "chưa hoàn thành",
    "không hoàn thành",
    "chưa thực hiện",
    "chưa đạt",
    "không đạt",
    "chua hoan thanh",
    "khong hoan thanh",
    "chua thuc hien",
    "chua dat",
    "khong dat",
    "not completed",
    "not yet completed",
    "not done",
    "not yet done",
    "not achieved",
    "not yet achieved",
    "not started",
  ],
};

export const ALL_STATE_WORDS: readonly string[] = [
  ...STATE_WORDS.done,
  ...STATE_WORDS.in_progress,
  ...STATE_WORDS.not_done,
];

/** The drop-down a milestone's entry cell offers, in the workbook's language. */
export const STATE_CHOICES: Record<Language, Record<MilestoneState, string>> = {
  vi: { done: "Hoàn thành", in_progress: "Đang thực hiện", not_done: "Chưa hoàn thành" },
  en: { done: "Completed", in_progress: "In progress", not_done: "Not completed" },
};

/**
 * What an entry holds that reports nothing (isNoPlanMark's common forms, and "0"): a table
 * where every entry is one of these is a unit that has not reported.
 */
export const NOT_REPORTING: readonly string[] = [
  "",
  "0",
  "-",
  "--",
  "---",
  "–",
  "—",
  "x",
  "xx",
  ".",
  "..",
  "...",
  "…",
  "/",
  "không",
  "khong",
  "không giao",
  "khong giao",
  "không có",
  "n/a",
  "none",
  "no target",
];
