import type { ReadRequest, SheetListing } from "../gateway";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { sameSheet } from "./addresses";
import { finishSheets } from "./bandedRead";
import type { HostFeatures } from "./features";
import { assembleSnapshot, requestedSheets } from "./readParts";
import type { BlockShape } from "./readShape";
import { collectSheet, queueSheetRead, type FormatAreas } from "./sheetReader";
import { toVisibility } from "./sheetSnapshot";
import {
  collectComments,
  collectNotes,
  collectTables,
  queueNoteCells,
  queueTableRanges,
} from "./tableAndNoteReader";
import { collectListing, queueListing } from "./workbookListing";

/**
 * A read in two requests, whatever the number of sheets: the first lists sheets, tables and
 * notes (their names are needed to ask for anything else), the second loads every requested
 * sheet's cells within its block (`shapes`, readShape.ts), hidden rows and columns, merges,
 * table ranges and note cells. A sheet bigger than its block takes bands after that
 * (bandedRead.ts). The proxies stay here; the snapshot is built from plain copies.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  request: ReadRequest,
  features: HostFeatures,
  shapes: (names: readonly string[]) => BlockShape[],
  formatAreas: (sheet: string) => FormatAreas = () => [],
): Promise<WorkbookSnapshot> {
  const listing = queueListing(context, features);
  await context.sync();
  const listed = collectListing(listing);

  const wanted = requestedSheets(listed.sheets, request, listed.activeSheet);
  const shaped = shapes(wanted.map((s) => s.name));
  const parts = wanted.map((s, i) => queueSheetRead(s.proxy, s, shaped[i], formatAreas(s.name)));
  const tables = queueTableRanges(
    listed.tables.filter((t) => wanted.some((s) => sameSheet(s.name, t.sheet))),
  );
  const notes = queueNoteCells(listed.notes);
  await context.sync();

  const first = parts.map((p, i) => ({ sheet: wanted[i].proxy, read: collectSheet(p) }));
  return assembleSnapshot(
    await finishSheets(context, first, request.onProgress),
    collectTables(tables),
    collectNotes(notes),
    listed.activeSheet,
    collectComments(notes),
  );
}

/** Sheet names and visibility, in one request. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetListing[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility");
  await context.sync();
  return worksheets.items.map((ws) => ({ name: ws.name, visibility: toVisibility(ws.visibility) }));
}
