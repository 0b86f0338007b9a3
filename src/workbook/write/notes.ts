import { NOTE_PREFIXES, NOTE_SEPARATOR, type NoteOwner } from "./ownedText";

const OWNERS = Object.keys(NOTE_PREFIXES) as NoteOwner[];

function ownerOfLine(line: string): NoteOwner | undefined {
  return OWNERS.find((owner) => line.startsWith(NOTE_PREFIXES[owner]));
}

/** Where the add-in's text starts in a note: at its start, or after the separator. */
function addInStart(note: string): number {
  if (ownerOfLine(note)) return 0;
  const starts = OWNERS.map((o) => note.indexOf(NOTE_SEPARATOR + NOTE_PREFIXES[o])).filter(
    (at) => at >= 0,
  );
  return starts.length === 0 ? -1 : Math.min(...starts);
}

interface NoteParts {
  user?: string;
  /** The add-in's messages, each with the check that wrote it (continuation lines joined). */
  ours: { owner: NoteOwner; text: string }[];
}

function splitNote(note: string | undefined): NoteParts {
  if (note === undefined) return { ours: [] };
  const at = addInStart(note);
  if (at < 0) return { user: note, ours: [] };
  const user = at === 0 ? undefined : note.slice(0, at);
  const body = at === 0 ? note : note.slice(at + NOTE_SEPARATOR.length);
  const ours: NoteParts["ours"] = [];
  for (const line of body.split("\n")) {
    const owner = ownerOfLine(line);
    const last = ours[ours.length - 1];
    if (owner) ours.push({ owner, text: line });
    else if (last) last.text += `\n${line}`;
  }
  return { ...(user === undefined ? {} : { user }), ours };
}

/** The user's part of a note: everything before the add-in's text (undefined when none). */
export function userPartOfNote(note: string | undefined): string | undefined {
  return splitNote(note).user;
}

/**
 * The note a cell should carry after one check ran: the user's own note kept word for word,
 * the other check's messages kept (the plan and the budget checks never rewrite each other's),
 * then this check's messages. Null when nothing remains (the note is removed).
 */
export function mergedNote(
  existing: string | undefined,
  messages: readonly string[],
  owner: NoteOwner = "plan",
): string | null {
  const { user, ours } = splitNote(existing);
  const kept = ours.filter((m) => m.owner !== owner).map((m) => m.text);
  const fresh = messages.map((m) => NOTE_PREFIXES[owner] + m);
  const addIn = [...kept, ...fresh];
  const text = addIn.length === 0 ? undefined : addIn.join("\n");
  if (user !== undefined && text !== undefined) return user + NOTE_SEPARATOR + text;
  return text ?? user ?? null;
}

/** Whether a note holds anything the add-in wrote. */
export function hasOwnText(note: string): boolean {
  return addInStart(note) >= 0;
}
