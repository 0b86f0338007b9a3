import { findingMessage, type Finding } from "../../engine/findings/finding";
import type { Language } from "../../engine/model/status";
import type { Change } from "../changeSet";
import type { SheetSnapshot } from "../snapshot";
import { hasOwnText, mergedNote } from "./notes";
import { notesBlockedAt } from "./findingList";
import type { NoteOwner } from "./ownedText";

/**
 * Notes that put each finding on its cell: the user's own note is kept word for word and the
 * add-in's text follows it; notes the add-in wrote on an earlier run are rewritten or removed.
 * Cells the host can't put a note on are left alone (their findings go to findingList.ts).
 * Info findings ("judged on the estimate") are for the report, not a note on every row.
 */
export function findingNoteChanges(
  sheet: SheetSnapshot,
  findings: readonly Finding[],
  lang: Language,
  owner: NoteOwner = "plan",
): Change[] {
  const messages = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity === "info" || f.cell === undefined) continue;
    if (f.sheet !== undefined && f.sheet !== sheet.name) continue;
    // A finding on a range ("X8:AB232", a unit that did not report) is noted on its first cell.
    const cell = f.cell.split(":")[0] ?? f.cell;
    const list = messages.get(cell) ?? [];
    const text = findingMessage(f, lang);
    if (!list.includes(text)) list.push(text);
    messages.set(cell, list);
  }
  const changes: Change[] = [];
  const cells = new Set([
    ...messages.keys(),
    ...Object.keys(sheet.notes).filter((c) => hasOwnText(sheet.notes[c])),
  ]);
  for (const cell of cells) {
    // A host without notes, or a person's threaded comment: listed beside the table instead.
    if (notesBlockedAt(sheet, cell)) continue;
    const next = mergedNote(sheet.notes[cell], messages.get(cell) ?? [], owner);
    if (next !== (sheet.notes[cell] ?? null))
      changes.push({ kind: "note", sheet: sheet.name, cell, text: next });
  }
  return changes;
}
