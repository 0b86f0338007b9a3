import { summarize } from "../../engine/report/summarize";
import type { WorkbookCheck } from "../../workbook/check/checkWorkbook";
import { reportResults } from "../../workbook/check/reportScope";

/**
 * The whole picture after some sheets were checked again: their new results replace the old
 * ones (in the old order), and the counts are recomputed for the earlier check's period.
 */
export function mergeRecheck(previous: WorkbookCheck, fresh: WorkbookCheck): WorkbookCheck {
  const replaced = new Map(fresh.sheets.map((s) => [s.sheet, s]));
  const sheets = previous.sheets.map((s) => replaced.get(s.sheet) ?? s);
  const results = reportResults(sheets);
  return {
    sheets,
    results,
    summary: summarize(results, previous.summary.period),
    findings: sheets.flatMap((s) => s.findings),
    changes: fresh.changes,
  };
}
