import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { HostFeatures } from "./features";
import { extrasOf } from "./seenFormats";

/**
 * Tells the change set where the add-in's notes can't go (SheetSnapshot.notesBlocked): every
 * cell on a host without notes (Excel 2021/2024 report ExcelApi 1.17 at most), else the cells
 * that hold a threaded comment, every one a person's (the add-in writes none, and Excel keeps no
 * note beside a comment). Their findings are then listed beside the table, never put in a
 * threaded comment under the user's name.
 */
export function markNoteBlocks(snapshot: WorkbookSnapshot, features: HostFeatures): void {
  for (const sheet of snapshot.sheets) {
    sheet.notesBlocked = features.notes ? [...extrasOf(sheet).comments.keys()] : "everywhere";
  }
}
