import type { ReadProgress, WorkbookGateway } from "../../hosts/gateway";
import {
  consolidateSheets,
  sheetsToRead,
  type SheetConsolidation,
  type SheetConsolidationRequest,
} from "../../workbook/consolidate/consolidateSheets";
import { step } from "../gateway/paneError";

/** What the pane is told while a consolidation runs. */
export interface ConsolidationProgress {
  /** After each request of the read: cells read of the cells to read (Office reads many). */
  onProgress?: (progress: ReadProgress) => void;
  /** The figures are consolidated and the output is being written. */
  onWriting?: () => void;
}

/**
 * Consolidates the chosen sheets of the open workbook and writes the output: one read of the
 * sheets it needs (by name, without notes), one write (with the host's probe). On Office a small
 * district is three requests whatever the number of sub-units (a table's range takes one more;
 * see namedSheetRead.ts); a big one is read and written in requests of at most 4 MB, as many as
 * its bytes need and never one per sheet (bandedRead.ts, applyChanges.ts), the read reporting
 * its progress.
 */
export async function runConsolidation(
  gateway: WorkbookGateway,
  request: SheetConsolidationRequest,
  options: ConsolidationProgress = {},
): Promise<SheetConsolidation> {
  const { onProgress, onWriting } = options;
  const snapshot = await step("read", () =>
    gateway.read({ sheets: sheetsToRead(request), skipNotes: true, onProgress }),
  );
  const done = consolidateSheets(snapshot, request);
  onWriting?.();
  await step("write", () => gateway.apply(done.output.changes));
  return done;
}
