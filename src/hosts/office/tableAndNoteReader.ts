import type { TableInfo } from "../../workbook/snapshot";
import { splitSheetAddress } from "./addresses";
import type { ListedNote, ListedTable } from "./workbookListing";

/** Sheet names as keys: Excel compares them without regard to case. */
const key = (sheet: string) => sheet.toLocaleUpperCase();

export interface PendingTable {
  table: ListedTable;
  range: Excel.Range;
}

export interface PendingNote {
  note: ListedNote;
  cell: Excel.Range;
}

/** Queues each listed table's range address. */
export function queueTableRanges(tables: ListedTable[]): PendingTable[] {
  return tables.map((table) => {
    const range = table.proxy.getRange();
    range.load("address");
    return { table, range };
  });
}

/** The tables by sheet, once synced. */
export function collectTables(pending: PendingTable[]): Map<string, TableInfo[]> {
  const bySheet = new Map<string, TableInfo[]>();
  for (const { table, range } of pending) {
    const info: TableInfo = {
      name: table.name,
      range: splitSheetAddress(range.address).ref,
      showHeaders: table.showHeaders,
    };
    bySheet.set(key(table.sheet), [...(bySheet.get(key(table.sheet)) ?? []), info]);
  }
  return bySheet;
}

/** Queues each note's and comment's cell. */
export function queueNoteCells(notes: ListedNote[]): PendingNote[] {
  return notes.map((note) => {
    const cell = note.proxy.getLocation();
    cell.load("address");
    return { note, cell };
  });
}

/** Note and comment text by sheet and cell, once synced; a note wins over a comment. */
export function collectNotes(pending: PendingNote[]): Map<string, Record<string, string>> {
  const bySheet = new Map<string, Record<string, string>>();
  const ordered = [...pending].sort((a, b) => Number(a.note.isNote) - Number(b.note.isNote));
  for (const { note, cell } of ordered) {
    const { sheet, ref } = splitSheetAddress(cell.address);
    if (sheet === undefined) continue;
    const notesOfSheet = bySheet.get(key(sheet)) ?? {};
    notesOfSheet[ref] = note.content;
    bySheet.set(key(sheet), notesOfSheet);
  }
  return bySheet;
}

/** A threaded comment the read saw: its id and text (whose, by its text: see seenProbe.ts). */
export interface SeenComment {
  id: string;
  content: string;
}

/** The threaded comments by sheet and cell, once synced. */
export function collectComments(pending: PendingNote[]): Map<string, Map<string, SeenComment>> {
  const bySheet = new Map<string, Map<string, SeenComment>>();
  for (const { note, cell } of pending) {
    if (note.isNote || note.commentId === undefined) continue;
    const { sheet, ref } = splitSheetAddress(cell.address);
    if (sheet === undefined) continue;
    const comments = bySheet.get(key(sheet)) ?? new Map<string, SeenComment>();
    comments.set(ref, { id: note.commentId, content: note.content });
    bySheet.set(key(sheet), comments);
  }
  return bySheet;
}

export function forSheet<T>(bySheet: Map<string, T>, sheet: string): T | undefined {
  return bySheet.get(key(sheet));
}
