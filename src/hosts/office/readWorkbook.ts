import type { ReadRequest, SheetListing } from "../gateway";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { sameSheet } from "./addresses";
import type { HostFeatures } from "./features";
import { collectSheet, queueSheetRead, type MergeScope } from "./sheetReader";
import { buildSheetSnapshot, toVisibility } from "./sheetSnapshot";
import {
  collectNotes,
  collectTables,
  forSheet,
  queueNoteCells,
  queueTableRanges,
} from "./tableAndNoteReader";
import { collectListing, queueListing, type ListedSheet } from "./workbookListing";

/**
 * A read in exactly two requests, whatever the number of sheets: the first lists sheets, tables
 * and notes (their names are needed to ask for anything else), the second loads every requested
 * sheet's cells, hidden rows and columns, merges, table ranges and note cells. The proxies stay
 * here; the snapshot is built from plain copies after the second sync.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  request: ReadRequest,
  features: HostFeatures,
  mergeScope: MergeScope,
): Promise<WorkbookSnapshot> {
  const listing = queueListing(context, features);
  await context.sync();
  const listed = collectListing(listing);

  const wanted = requestedSheets(listed.sheets, request);
  const parts = wanted.map((s) => queueSheetRead(s.proxy, s, features, mergeScope));
  const wantedTables = listed.tables.filter((t) => wanted.some((s) => sameSheet(s.name, t.sheet)));
  const tables = queueTableRanges(wantedTables);
  const notes = queueNoteCells(listed.notes);
  await context.sync();

  const tablesBySheet = collectTables(tables);
  const notesBySheet = collectNotes(notes);
  return {
    sheets: parts.map((part) => {
      const loaded = collectSheet(part);
      return buildSheetSnapshot({
        ...loaded,
        tables: forSheet(tablesBySheet, loaded.name) ?? [],
        notes: forSheet(notesBySheet, loaded.name) ?? {},
      });
    }),
    activeSheet: listed.activeSheet,
  };
}

/** The requested sheets in the order asked for; names that are not in the workbook are skipped. */
function requestedSheets(sheets: ListedSheet[], request: ReadRequest): ListedSheet[] {
  if (!request.sheets) return sheets;
  return request.sheets.flatMap((name) => sheets.filter((s) => sameSheet(s.name, name)));
}

/** Sheet names and visibility, in one request. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetListing[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility");
  await context.sync();
  return worksheets.items.map((ws) => ({ name: ws.name, visibility: toVisibility(ws.visibility) }));
}
