import type { HostFeatures } from "./features";

export interface ListedSheet {
  proxy: Excel.Worksheet;
  name: string;
  visibility: string;
}

export interface ListedTable {
  proxy: Excel.Table;
  name: string;
  showHeaders: boolean;
  sheet: string;
}

/** A note or a threaded comment: both have text and a cell. */
export interface ListedNote {
  proxy: Excel.Note | Excel.Comment;
  content: string;
  /** Notes win over comments on the same cell (Excel allows only one of them anyway). */
  isNote: boolean;
  /** A threaded comment's id. */
  commentId?: string;
}

export interface Listing {
  sheets: ListedSheet[];
  activeSheet?: string;
  tables: ListedTable[];
  notes: ListedNote[];
}

export interface PendingListing {
  worksheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
  tables: Excel.TableCollection;
  notes?: Excel.NoteCollection;
  comments: Excel.CommentCollection;
}

/**
 * The first of a read's two requests: the sheets (in tab order), the active sheet, every table
 * with its sheet, and every note and comment. A table's range and a note's cell are methods
 * (getRange, getLocation) on these items, so they go in the second request with the cells.
 */
export function queueListing(
  context: Excel.RequestContext,
  features: HostFeatures,
): PendingListing {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const tables = context.workbook.tables;
  tables.load("items/name, items/showHeaders, items/worksheet/name");
  const notes = features.notes ? context.workbook.notes : undefined;
  notes?.load("items/content");
  const comments = context.workbook.comments;
  comments.load("items/id, items/content");
  return { worksheets, active, tables, notes, comments };
}

export function collectListing(pending: PendingListing): Listing {
  return {
    sheets: pending.worksheets.items.map((ws) => ({
      proxy: ws,
      name: ws.name,
      visibility: ws.visibility,
    })),
    activeSheet: pending.active.name,
    tables: pending.tables.items.map((t) => ({
      proxy: t,
      name: t.name,
      showHeaders: t.showHeaders,
      sheet: t.worksheet.name,
    })),
    notes: [
      ...pending.comments.items.map((c) => ({
        proxy: c,
        content: c.content,
        isNote: false,
        commentId: c.id,
      })),
      ...(pending.notes?.items ?? []).map((n) => ({ proxy: n, content: n.content, isNote: true })),
    ],
  };
}
