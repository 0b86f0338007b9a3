import { NOTE_PREFIX, NOTE_SEPARATOR } from "./ownedText";

/** The user's part of a note: everything before the add-in's text (undefined when none). */
export function userPartOfNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (note.startsWith(NOTE_PREFIX)) return undefined;
  const ours = note.indexOf(NOTE_SEPARATOR + NOTE_PREFIX);
  return ours < 0 ? note : note.slice(0, ours);
}

/**
 * The note a cell should carry: the user's own note kept word for word, then the add-in's
 * messages. Null when neither remains (the note is removed).
 */
export function mergedNote(
  existing: string | undefined,
  messages: readonly string[],
): string | null {
  const user = userPartOfNote(existing);
  const ours = messages.length === 0 ? undefined : NOTE_PREFIX + messages.join("\n" + NOTE_PREFIX);
  if (user !== undefined && ours !== undefined) return user + NOTE_SEPARATOR + ours;
  return ours ?? user ?? null;
}

/** Whether a note holds anything the add-in wrote. */
export function hasOwnText(note: string): boolean {
  return note.startsWith(NOTE_PREFIX) || note.includes(NOTE_SEPARATOR + NOTE_PREFIX);
}
