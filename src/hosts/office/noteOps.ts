import { qualified } from "./addresses";
import { smallOp, type WriteOp } from "./batchScope";
import { wireBytes } from "./wireBytes";

/** Whether a cell has a note now, as the plan goes: from the probe, then from earlier changes. */
export interface NoteState {
  exists: boolean;
  /** Set for comments the probe found; comments added by this change set are found by cell. */
  commentId?: string;
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

/** The same through threaded comments (ExcelApi 1.10), for hosts without the notes API. */
export function commentOp(
  change: { sheet: string; cell: string; text: string | null },
  state: NoteState,
): { op?: WriteOp; state: NoteState } {
  const { sheet, cell, text } = change;
  if (!state.exists && text === null) return { state };
  const address = qualified(sheet, cell);
  const op = sized(text, (scope) => {
    const comments = scope.context.workbook.comments;
    if (!state.exists) {
      comments.add(address, text ?? "");
      return;
    }
    const comment =
      state.commentId !== undefined
        ? comments.getItem(state.commentId)
        : comments.getItemByCell(address);
    if (text === null) comment.delete();
    else comment.content = text;
  });
  return { op, state: text === null ? { exists: false } : { ...state, exists: true } };
}

function sized(text: string | null, queue: WriteOp["queue"]): WriteOp {
  const op = smallOp(queue);
  return { ...op, bytes: op.bytes + wireBytes(text) };
}
