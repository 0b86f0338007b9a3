import type { Language } from "../model/status";
import { STATE_CHOICES } from "./entryWords";
import type { RowProfile } from "./rowProfile";

/** What a sub-unit may type in a row's entry cells. */
export type EntryKind =
  { kind: "figure"; min?: number; max?: number } | { kind: "state"; choices: string[] };

/** A figure within the row's bounds, or one of the milestone states. */
export function entryKind(row: RowProfile, lang: Language): EntryKind {
  if (row.entry === "state") {
    const words = STATE_CHOICES[lang];
    return { kind: "state", choices: [words.done, words.in_progress, words.not_done] };
  }
  return { kind: "figure", ...row.bounds };
}
