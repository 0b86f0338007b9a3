import { checkPlan, type PlanCheck } from "../../engine/check/checkPlan";
import type { Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { summarize, type Summary } from "../../engine/report/summarize";
import { changeSet, type ChangeSet } from "../changeSet";
import type { PlanTable } from "../planTable";
import { readPlanSheet } from "../read/readPlanSheet";
import type { WorkbookSnapshot } from "../snapshot";
import { checkResultChanges } from "../write/checkResultChanges";
import type { CheckedTable } from "./checkedTable";

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
  summary: Summary;
  findings: Finding[];
  changes: ChangeSet;
}

/** Gives each indicator the name of the row it sits under, for reports ("Năng suất (Ngô)"). */
function nameParents(table: PlanTable, check: PlanCheck): void {
  const nameAt = new Map(check.results.map((r) => [r.indicator.row, r.indicator.name]));
  table.rows.forEach((row, i) => {
    const parent = row.parentRow === undefined ? undefined : nameAt.get(row.parentRow);
    const result = check.results[i];
    if (parent && result) result.indicator.parentName = parent;
  });
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
    const reading = readPlanSheet(sheet);
    const tables = reading.tables.map((table): CheckedTable => {
      const period = options.period ?? table.period ?? "year";
      const check = checkPlan(table.rows, {
        period,
        ...(options.atRiskTolerance === undefined
          ? {}
          : { atRiskTolerance: options.atRiskTolerance }),
      });
      nameParents(table, check);
      return { table, check };
    });
    const findings = [...reading.findings, ...tables.flatMap((t) => t.check.findings)];
    sheets.push({ sheet: sheet.name, tables, findings });
    if (options.highlight !== false)
      changes.changes.push(...checkResultChanges(sheet, tables, lang));
  }
  const all = sheets.flatMap((s) => s.tables.flatMap((t) => t.check.results));
  const period =
    options.period ?? sheets.flatMap((s) => s.tables)[0]?.check.summary.period ?? "year";
  return {
    sheets,
    summary: summarize(all, period),
    findings: sheets.flatMap((s) => s.findings),
    changes,
  };
}
