import type { ReadRequest } from "../gateway";
import type { TableInfo, WorkbookSnapshot } from "../../workbook/snapshot";
import { sameSheet } from "./addresses";
import type { SheetPart } from "./sheetReader";
import { buildSheetSnapshot } from "./sheetSnapshot";
import { forSheet, type SeenComment } from "./tableAndNoteReader";
import type { ListedSheet } from "./workbookListing";

/**
 * The requested sheets in the order asked for, or the active sheet alone; names that are not in
 * the workbook are skipped.
 */
export function requestedSheets(
  sheets: ListedSheet[],
  request: ReadRequest,
  activeSheet: string | undefined,
): ListedSheet[] {
  const names = request.activeSheet ? [activeSheet].filter((n) => n !== undefined) : request.sheets;
  if (!names) return sheets;
  return names.flatMap((name) => sheets.filter((s) => sameSheet(s.name, name)));
}

/** The snapshot from plain parts: each sheet's cells and layout, tables and notes by sheet. */
export function assembleSnapshot(
  parts: SheetPart[],
  tables: Map<string, TableInfo[]>,
  notes: Map<string, Record<string, string>>,
  activeSheet: string | undefined,
  comments: Map<string, Map<string, SeenComment>> = new Map(),
): WorkbookSnapshot {
  return {
    sheets: parts.map((part) =>
      buildSheetSnapshot({
        ...part,
        tables: forSheet(tables, part.name) ?? [],
        notes: forSheet(notes, part.name) ?? {},
        comments: forSheet(comments, part.name) ?? new Map(),
      }),
    ),
    activeSheet,
  };
}
