import type { IndicatorResult } from "../../engine/check/checkPlan";
import { typesZeroForBlank } from "../../engine/check/zeroTargets";
import type { Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { summarize, type Summary } from "../../engine/report/summarize";
import { changeSet, type ChangeSet } from "../changeSet";
import { isAllocationTable } from "../consolidate/allocationTables";
import { readPlanSheet } from "../read/readPlanSheet";
import { SheetGrid } from "../read/sheetGrid";
import type { WorkbookSnapshot } from "../snapshot";
import { checkResultChanges } from "../write/checkResultChanges";
import type { CheckedTable } from "./checkedTable";
import { reportResults } from "./reportScope";
import { checkPlanTable } from "./checkPlanTable";
import { checkWideSheet } from "./wideChecks";

export interface WorkbookCheckOptions {
  /** Overrides the period each table's title gives; "year" when neither says. */
  period?: PeriodId;
  atRiskTolerance?: number;
  lang?: Language;
  /** Check only these sheets (all readable sheets when absent). */
  sheets?: string[];
  /** Write status columns, colours, notes and summary blocks (the highlight switch). */
  highlight?: boolean;
}

export interface SheetCheck {
  sheet: string;
  tables: CheckedTable[];
  /** The sheet's own findings (no plan table, header problems) and its tables' findings. */
  findings: Finding[];
}

export interface WorkbookCheck {
  sheets: SheetCheck[];
  /** The results the overall report counts: each sheet's report tables (see reportScope). */
  results: IndicatorResult[];
  summary: Summary;
  findings: Finding[];
  changes: ChangeSet;
}

/** Reads every plan table of the workbook, checks it, and describes the write-back. */
export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  options: WorkbookCheckOptions = {},
): WorkbookCheck {
  const lang = options.lang ?? "vi";
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const sheets: SheetCheck[] = [];
  const changes = changeSet();
  for (const sheet of snapshot.sheets) {
    if (wanted ? !wanted.has(sheet.name) : sheet.visibility === "veryHidden") continue;
    const read = readPlanSheet(sheet);
    // An allocation table (targets by sub-unit, for consolidation and distribution) holds no
    // figures of the period: it is not a plan to judge.
    const grid = new SheetGrid(sheet);
    const reading = {
      ...read,
      tables: read.tables.filter((table) => !isAllocationTable(grid, table)),
    };
    // A form that types 0 for blank does so in every column group of the sheet.
    const zeroMeansBlank = reading.tables.some((table) => typesZeroForBlank(table.rows));
    const tables = reading.tables.map((table): CheckedTable => {
      const period = options.period ?? table.period ?? "year";
      const check = checkPlanTable(table, {
        period,
        zeroMeansBlank,
        ...(options.atRiskTolerance === undefined
          ? {}
          : { atRiskTolerance: options.atRiskTolerance }),
      });
      return { table, check };
    });
    checkWideSheet(tables);
    const findings = [...reading.findings, ...tables.flatMap((t) => t.check.findings)];
    if (options.highlight !== false) {
      const write = checkResultChanges(sheet, tables, lang);
      changes.changes.push(...write.changes);
      findings.push(...write.findings);
    }
    sheets.push({ sheet: sheet.name, tables, findings });
  }
  const all = reportResults(sheets);
  const period =
    options.period ?? sheets.flatMap((s) => s.tables)[0]?.check.summary.period ?? "year";
  return {
    sheets,
    results: all,
    summary: summarize(all, period),
    findings: sheets.flatMap((s) => s.findings),
    changes,
  };
}
