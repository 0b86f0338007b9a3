import { smallOp, type WriteOp } from "./batchScope";
import { wireBytes } from "./wireBytes";

/** Whether a cell has a note now, as the plan goes: from the probe, then from earlier changes. */
export interface NoteState {
  exists: boolean;
}

/**
 * A note through the notes API (ExcelApi 1.18): update, delete or add, depending on whether the
 * cell has one. `state` is what the plan knows before this change; the result is after it.
 */
export function noteOp(
  change: { sheet: string; cell: string; text: string | null },
  state: NoteState,
): { op?: WriteOp; state: NoteState } {
  const { sheet, cell, text } = change;
  if (!state.exists && text === null) return { state };
  const op = sized(text, (scope) => {
    const notes = scope.sheet(sheet).notes;
    if (!state.exists) notes.add(cell, text);
    else if (text === null) notes.getItem(cell).delete();
    else notes.getItem(cell).content = text;
  });
  return { op, state: { exists: text !== null } };
}

function sized(text: string | null, queue: WriteOp["queue"]): WriteOp {
  const op = smallOp(queue);
  return { ...op, bytes: op.bytes + wireBytes(text) };
}
