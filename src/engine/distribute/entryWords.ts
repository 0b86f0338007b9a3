import type { MilestoneState } from "../model/indicator";
import type { Language } from "../model/status";

type StateWords = Record<MilestoneState, readonly string[]>;

/**
 * The milestone states a formula knows, lower case: the drop-down's three words, with and without
 * diacritics, and "đã hoàn thành", "đạt", "không đạt" (a formula's text is kept short: it is in
 * every row). The engine knows more (parseMilestoneState: "xong", "đang triển khai", the other
 * language's words, a trailing "."): a cell's entry rule lets only a figure or the drop-down's
 * words be typed, so only pasted text can be read differently.
 */
const VI_STATES: StateWords = {
  done: ["hoàn thành", "hoan thanh", "đã hoàn thành", "đạt"],
  in_progress: ["đang thực hiện", "dang thuc hien"],
  not_done: ["chưa hoàn thành", "chua hoan thanh", "không đạt"],
};

const EN_STATES: StateWords = {
  done: ["completed", "done"],
  in_progress: ["in progress"],
  not_done: ["not completed"],
};

/** The state words by language; English sheets also know the Vietnamese words. */
export const STATE_WORDS: Record<Language, StateWords> = {
  vi: VI_STATES,
  en: {
    done: [...EN_STATES.done, ...VI_STATES.done],
    in_progress: [...EN_STATES.in_progress, ...VI_STATES.in_progress],
    not_done: [...EN_STATES.not_done, ...VI_STATES.not_done],
  },
};

export function allStateWords(lang: Language): string[] {
  const words = STATE_WORDS[lang];
  return [...words.done, ...words.in_progress, ...words.not_done];
}

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
