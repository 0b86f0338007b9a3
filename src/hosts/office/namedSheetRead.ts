import type { ReadRequest } from "../gateway";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { sameSheet } from "./addresses";
import { finishSheets } from "./bandedRead";
import type { HostFeatures } from "./features";
import { assembleSnapshot } from "./readParts";
import type { BlockShape } from "./readShape";
import {
  collectSheet,
  queueSheetData,
  type FormatAreas,
  type PendingSheetData,
} from "./sheetReader";
import {
  collectComments,
  collectNotes,
  collectTables,
  queueNoteCells,
  queueTableRanges,
} from "./tableAndNoteReader";
import type { ListedNote, ListedTable } from "./workbookListing";

/** One named (or the active) sheet's proxies, queued and waiting for the sync. */
interface PendingNamedSheet {
  sheet: Excel.Worksheet;
  data: PendingSheetData;
  tables: Excel.TableCollection;
  notes?: Excel.NoteCollection;
  comments?: Excel.CommentCollection;
}

/**
 * The read for a caller who names the sheets or asks for the active one: one request. Nothing
 * has to be listed first, so each sheet is reached by name (getItemOrNullObject: a name that is
 * not in the workbook comes back as a null object and is skipped) or as the active sheet, and its
 * name and visibility, cells, hidden rows and columns, merges, tables and notes are all queued
 * before the one sync.
 *
 * One thing can't be had in that request: a table's range and a note's or comment's cell are
 * methods of the collection's items (Table.getRange, Note.getLocation, Comment.getLocation), and
 * items exist only once their collection is loaded. Office.js offers no way round it: getItemAt
 * fails past the end and has no *OrNullObject variant, and no loadable property holds the
 * address. So sheets that hold tables, notes or comments take one more, small request for those
 * addresses; sheets without them (the add-in's own plan sheets before a check writes notes) take
 * one request in all. Each sheet's cells are read within its block (`shapes`, readShape.ts); a
 * sheet bigger than its block takes bands after that (bandedRead.ts).
 */
export async function readNamedSheets(
  context: Excel.RequestContext,
  request: ReadRequest,
  features: HostFeatures,
  shapes: (names: readonly (string | undefined)[]) => BlockShape[],
  formatAreas: (sheet: string | undefined) => FormatAreas = () => [],
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  // The active sheet's name is known only after the sync: it gets every sheet's areas.
  const proxies = request.activeSheet
    ? [{ sheet: active, areas: formatAreas(undefined) }]
    : (request.sheets ?? []).map((name) => ({
        sheet: worksheets.getItemOrNullObject(name),
        areas: formatAreas(name),
      }));
  const shaped = shapes(request.activeSheet ? [undefined] : (request.sheets ?? []));
  const pending = proxies.map(({ sheet, areas }, i) =>
    queueNamedSheet(sheet, features, !request.skipNotes, shaped[i], areas),
  );
  await context.sync();

  const found = pending.filter((p) => !p.sheet.isNullObject);
  // A sheet named twice is read twice (as when listed), but its tables and notes count once.
  const distinct = found.filter(
    (p, i) => found.findIndex((q) => sameSheet(q.sheet.name, p.sheet.name)) === i,
  );
  const tables = queueTableRanges(distinct.flatMap(listTables));
  const notes = queueNoteCells(distinct.flatMap(listNotes));
  if (tables.length > 0 || notes.length > 0) await context.sync();

  const first = found.map((p) => ({
    sheet: p.sheet,
    read: collectSheet({
      listing: { name: p.sheet.name, visibility: p.sheet.visibility },
      ...p.data,
    }),
  }));
  const parts = await finishSheets(context, first, request.onProgress);
  return assembleSnapshot(
    parts,
    collectTables(tables),
    collectNotes(notes),
    active.name,
    collectComments(notes),
  );
}

/** Queues, without syncing, everything one sheet's read needs but its tables' and notes' cells. */
function queueNamedSheet(
  sheet: Excel.Worksheet,
  features: HostFeatures,
  withNotes: boolean,
  shape: BlockShape,
  formatAreas: FormatAreas,
): PendingNamedSheet {
  sheet.load("name, visibility");
  const tables = sheet.tables;
  tables.load("items/name, items/showHeaders");
  const notes = withNotes && features.notes ? sheet.notes : undefined;
  notes?.load("items/content");
  const comments = withNotes ? sheet.comments : undefined;
  comments?.load("items/id, items/content");
  return { sheet, data: queueSheetData(sheet, shape, formatAreas), tables, notes, comments };
}

function listTables(pending: PendingNamedSheet): ListedTable[] {
  return pending.tables.items.map((table) => ({
    proxy: table,
    name: table.name,
    showHeaders: table.showHeaders,
    sheet: pending.sheet.name,
  }));
}

/** Comments, then notes: collectNotes lets a note win over a comment on the same cell. */
function listNotes(pending: PendingNamedSheet): ListedNote[] {
  return [
    ...(pending.comments?.items ?? []).map((c) => ({
      proxy: c,
      content: c.content,
      isNote: false,
      commentId: c.id,
    })),
    ...(pending.notes?.items ?? []).map((n) => ({ proxy: n, content: n.content, isNote: true })),
  ];
}
