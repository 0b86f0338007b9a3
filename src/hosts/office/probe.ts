import type { Change } from "../../workbook/changeSet";
import { splitSheetAddress } from "./addresses";
import type { HostFeatures } from "./features";

/** What a change set needs to know about the workbook before it can be applied safely. */
export interface Probe {
  /** Sheet names in tab order; absent when the probe is the last read's (seenProbe.ts). */
  sheets?: string[];
  /**
   * Cells (by noteKey) that hold a note or a threaded comment now. The add-in writes no threaded
   * comments, so every one is a person's, which it never edits or deletes (and beside which a
   * note can't go).
   */
  notes: Map<string, CellNote>;
}

export interface CellNote {
  userComment?: true;
}

export function noteKey(sheet: string, cell: string): string {
  return `${sheet.toLocaleUpperCase()}!${cell.replace(/\$/g, "").toUpperCase()}`;
}

/**
 * Adding, deleting and positioning sheets and upserting notes depend on what is already there:
 * Office.js can't "add or replace" a note, adding a sheet that exists fails half-way through a
 * batch, and a position is relative to the other sheets. Change sets with such changes first
 * read those facts (one request; two when the workbook has threaded comments). Change sets of
 * values and formats (the common case) need no probe and go out in a single request.
 */
export function needsProbe(changes: Change[]): boolean {
  return changes.some(
    (c) => c.kind === "addSheet" || c.kind === "deleteOwnSheet" || c.kind === "note",
  );
}

/** Note cells on sheets that exist before the change set (not ones it adds). */
function noteTargets(changes: Change[]): { sheet: string; cell: string }[] {
  const added = new Set<string>();
  const targets = new Map<string, { sheet: string; cell: string }>();
  for (const change of changes) {
    if (change.kind === "addSheet") added.add(change.sheet.toLocaleUpperCase());
    if (change.kind === "note" && !added.has(change.sheet.toLocaleUpperCase())) {
      targets.set(noteKey(change.sheet, change.cell), { sheet: change.sheet, cell: change.cell });
    }
  }
  return [...targets.values()];
}

export async function probeWorkbook(
  context: Excel.RequestContext,
  changes: Change[],
  features: HostFeatures,
): Promise<Probe> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const targets = noteTargets(changes);
  const useNotes = features.notes && targets.length > 0;
  // Both: on a host with notes, a cell holding a user's threaded comment can take no note.
  const useComments = targets.length > 0;
  const noteProbes = useNotes
    ? targets.map((t) => {
        const note = worksheets.getItem(t.sheet).notes.getItemOrNullObject(t.cell);
        note.load("content");
        return { target: t, note };
      })
    : [];
  const comments = useComments ? context.workbook.comments : undefined;
  comments?.load("items/id, items/content");
  await context.sync();

  const notes = new Map<string, CellNote>();
  noteProbes
    .filter((p) => !p.note.isNullObject)
    .forEach((p) => notes.set(noteKey(p.target.sheet, p.target.cell), {}));
  if (comments && comments.items.length > 0) {
    // A comment's cell is a method (getLocation), so it takes a second request.
    const located = comments.items.map((c) => {
      const cell = c.getLocation();
      cell.load("address");
      return cell;
    });
    await context.sync();
    located.forEach((cell) => {
      const { sheet, ref } = splitSheetAddress(cell.address);
      if (sheet === undefined) return;
      notes.set(noteKey(sheet, ref), { userComment: true });
    });
  }
  return { sheets: worksheets.items.map((ws) => ws.name), notes };
}
