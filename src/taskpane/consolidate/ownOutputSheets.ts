import type { WorkbookGateway } from "../../hosts/gateway";
import { isAddInOutput, mayBeAddInOutput } from "../../workbook/consolidate/ownedSheets";

/**
 * The sheets the add-in wrote (an earlier consolidation, a chart), known by their notice line:
 * never offered as a sub-unit. Only sheets whose names may be ours are read, in one request, and
 * none when no name may be.
 */
export async function ownOutputSheets(
  gateway: WorkbookGateway,
  sheetNames: readonly string[],
): Promise<string[]> {
  const candidates = sheetNames.filter(mayBeAddInOutput);
  if (candidates.length === 0) return [];
  const snapshot = await gateway.read({ sheets: candidates, skipNotes: true });
  return snapshot.sheets.filter(isAddInOutput).map((s) => s.name);
}
