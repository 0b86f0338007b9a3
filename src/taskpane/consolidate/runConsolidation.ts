import type { WorkbookGateway } from "../../hosts/gateway";
import {
  consolidateSheets,
  sheetsToRead,
  type SheetConsolidation,
  type SheetConsolidationRequest,
} from "../../workbook/consolidate/consolidateSheets";
import { step } from "../gateway/paneError";

/**
 * Consolidates the chosen sheets of the open workbook and writes the output: one read of the
 * sheets it needs (by name, without notes), one write (with the host's probe). On Office that is
 * at most three requests whatever the number of sub-units, as long as those sheets hold no Excel
 * tables (a table's range takes one more request; see namedSheetRead.ts).
 */
export async function runConsolidation(
  gateway: WorkbookGateway,
  request: SheetConsolidationRequest,
): Promise<SheetConsolidation> {
  const snapshot = await step("read", () =>
    gateway.read({ sheets: sheetsToRead(request), skipNotes: true }),
  );
  const done = consolidateSheets(snapshot, request);
  await step("write", () => gateway.apply(done.output.changes));
  return done;
}
