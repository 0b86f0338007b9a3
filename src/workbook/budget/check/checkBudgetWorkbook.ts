import { checkBudget, type BudgetCheck } from "../../../engine/budget/checkBudget";
import type { Finding } from "../../../engine/findings/finding";
import type { PeriodId } from "../../../engine/model/period";
import type { Language } from "../../../engine/model/status";
import { changeSet, type Change, type ChangeSet } from "../../changeSet";
import { carriesNotice } from "../../consolidate/ownedSheets";
import type { WorkbookSnapshot } from "../../snapshot";
import { uniqueSheetName, sameSheetName } from "../../templates/sheetName";
import { findingListChanges } from "../../write/findingList";
import { findingNoteChanges } from "../../write/findingNotes";
import { readBudgetSheet } from "../read/readBudgetSheet";
import type { ReadBudgetTable } from "../read/readBudgetTable";
import {
  BUDGET_CHART_NOTICE,
  BUDGET_CHART_WORDS,
  budgetChartSheetChanges,
  hasChartLines,
} from "../write/budgetChartSheet";
import { budgetColumnChanges, type OwnedBudgetPlacement } from "../write/budgetColumnChanges";
import { budgetPrintChanges } from "../write/budgetPrintSetup";
import { mergedAreas } from "../../mergedAreas";

/** Columns the sheet's tables already own: appended columns of another table go elsewhere. */
function ownedColumnsOf(tables: readonly CheckedBudgetTable[]): Set<number> {
  const owned = new Set<number>();
  for (const { table } of tables) {
    if (table.ownedColumns.percent !== undefined) owned.add(table.ownedColumns.percent);
    if (table.ownedColumns.status !== undefined) owned.add(table.ownedColumns.status);
  }
  return owned;
}

export interface BudgetWorkbookOptions {
  /** Overrides the period each table's title gives; the whole year when neither says. */
  period?: PeriodId;
  lang?: Language;
  /** Check only these sheets (every visible or hidden sheet when absent). */
  sheets?: string[];
  /** Write the owned columns, colours and notes (the highlight switch). */
  highlight?: boolean;
  /** Write the chart sheet (default true). */
  chart?: boolean;
}

export interface CheckedBudgetTable {
  table: ReadBudgetTable;
  check: BudgetCheck;
}

export interface BudgetSheetCheck {
  sheet: string;
  tables: CheckedBudgetTable[];
  /** The sheet's reader findings (no budget table, unnamed columns) and its tables'. */
  findings: Finding[];
}

export interface BudgetWorkbookCheck {
  sheets: BudgetSheetCheck[];
  findings: Finding[];
  /** One report sentence per table that has one, in the language asked for. */
  sentences: string[];
  /** The chart sheet written, when there was something to chart. */
  chartSheet?: string;
  changes: ChangeSet;
}

/**
 * Where the chart goes: the add-in's chart sheets from earlier runs in the snapshot (known by
 * their notice, whatever their name or language; a caller that reads only some sheets reads
 * those named like a chart sheet, see src/taskpane/budget/chartSheetRead.ts) are replaced; a user's sheet is never touched, and the new
 * sheet takes the first free name.
 */
function chartSheetFor(snapshot: WorkbookSnapshot, lang: Language) {
  const own = snapshot.sheets
    .filter((s) => carriesNotice(s, BUDGET_CHART_NOTICE))
    .map((s) => s.name);
  const others = snapshot.sheets.map((s) => s.name).filter((n) => !own.includes(n));
  return { sheet: uniqueSheetName(BUDGET_CHART_WORDS[lang].sheet, others), replace: own };
}

/**
 * Reads every budget table of the workbook, checks it, and describes the write-back: the owned
 * "% dự toán (tính)" and "Đánh giá" columns, findings as notes (listed beside the table where
 * the host can't put a note), and the chart sheet. The add-in's
 * own chart sheet is never read as a budget table.
 */
export function checkBudgetWorkbook(
  snapshot: WorkbookSnapshot,
  options: BudgetWorkbookOptions = {},
): BudgetWorkbookCheck {
  const lang = options.lang ?? "vi";
  const wanted = options.sheets;
  const sheets: BudgetSheetCheck[] = [];
  const changes: Change[] = [];
  for (const sheet of snapshot.sheets) {
    if (
      wanted ? !wanted.some((w) => sameSheetName(w, sheet.name)) : sheet.visibility === "veryHidden"
    )
      continue;
    if (carriesNotice(sheet, BUDGET_CHART_NOTICE)) continue;
    const reading = readBudgetSheet(sheet);
    const tables = reading.tables.map((table): CheckedBudgetTable => ({
      table,
      check: checkBudget(table, {
        lang,
        ...(options.period ? { period: options.period } : {}),
      }),
    }));
    const findings = [...reading.findings, ...tables.flatMap((t) => t.check.findings)];
    sheets.push({ sheet: sheet.name, tables, findings });
    if (options.highlight !== false && tables.length > 0) {
      const space = { sheet, merged: mergedAreas(sheet), taken: ownedColumnsOf(tables) };
      const noted = [...findings];
      const columns: Change[] = [];
      const placed: Array<{ table: ReadBudgetTable; placement: OwnedBudgetPlacement }> = [];
      for (const { table, check } of tables) {
        const write = budgetColumnChanges(space, table, check, lang);
        columns.push(...write.changes);
        findings.push(...write.findings);
        if (write.placement) placed.push({ table, placement: write.placement });
      }
      const top = Math.min(...tables.map((t) => t.table.headerRows[0] ?? t.table.firstDataRow));
      changes.push(
        ...columns,
        ...findingNoteChanges(sheet, noted, lang, "budget"),
        ...findingListChanges(sheet, noted, lang, "budget", top, columns),
        ...budgetPrintChanges(sheet.name, placed),
      );
    }
  }
  const checks = sheets.flatMap((s) => s.tables.map((t) => t.check));
  const sentences = checks.map((c) => c.sentence).filter((s) => s.trim() !== "");
  let chartSheet: string | undefined;
  if (options.chart !== false && hasChartLines(checks)) {
    const target = chartSheetFor(snapshot, lang);
    chartSheet = target.sheet;
    const unitName = sheets
      .flatMap((s) => s.tables.map((t) => t.table.unitName))
      .find((u) => u !== undefined);
    changes.push(...budgetChartSheetChanges(target.sheet, checks, lang, target.replace, unitName));
  }
  return {
    sheets,
    findings: sheets.flatMap((s) => s.findings),
    sentences,
    ...(chartSheet ? { chartSheet } : {}),
    changes: changeSet(changes),
  };
}
