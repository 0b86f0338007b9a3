import type { Change } from "../../workbook/changeSet";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { noteKey, type CellNote, type Probe } from "./probe";
import { extrasOf } from "./seenFormats";

/**
 * The probe a change set needs, from the read that served the check, when that read saw every
 * sheet the set puts notes on and the set adds or deletes no sheet: its notes and threaded
 * comments (every one a person's: the add-in writes none) are what the probe would load, so the write needs no
 * request of its own to learn them. Undefined otherwise: the probe reads them (probe.ts).
 */
export function seenProbe(
  changes: readonly Change[],
  seen: ReadonlyMap<string, SheetSnapshot>,
): Probe | undefined {
  const notes = new Map<string, CellNote>();
  for (const change of changes) {
    if (change.kind === "addSheet" || change.kind === "deleteOwnSheet") return undefined;
    if (change.kind !== "note") continue;
    const sheet = seen.get(change.sheet.toLocaleUpperCase());
    if (!sheet) return undefined;
  }
  for (const sheet of seen.values()) {
    const comments = extrasOf(sheet).comments;
    for (const cell of Object.keys(sheet.notes)) {
      const comment = comments.get(cell);
      notes.set(noteKey(sheet.name, cell), comment ? { userComment: true } : {});
    }
  }
  return { notes };
}
