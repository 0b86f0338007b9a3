import { findingMessage, type Finding, type Severity } from "../../engine/findings/finding";
import type { Language, StatusId } from "../../engine/model/status";
import type { WorkbookCheck } from "../../workbook/check/checkWorkbook";

/** A message about one cell, shown as a link that selects the cell. */
export interface FindingLine {
  key: string;
  sheet: string;
  cell?: string;
  severity: Severity;
  message: string;
}

/** One indicator as the pane lists it: its status, % KH and its own findings. */
export interface IndicatorItem {
  key: string;
  sheet: string;
  row?: number;
  name: string;
  status: StatusId;
  percent?: number;
  /** The cell a click selects: the actual figure, else the target, else the name. */
  cell?: string;
  findings: FindingLine[];
}

export interface SheetGroup {
  sheet: string;
  items: IndicatorItem[];
  /** Findings about the sheet or a table rather than one indicator. */
  notes: FindingLine[];
}

export interface GroupedCheck {
  groups: SheetGroup[];
  /** Sheets checked that hold no plan table (listed once, not as a finding each). */
  withoutTable: string[];
}

function line(f: Finding, sheet: string, key: string, lang: Language): FindingLine {
  return {
    key,
    sheet: f.sheet ?? sheet,
    ...(f.cell ? { cell: f.cell } : {}),
    severity: f.severity,
    message: findingMessage(f, lang),
  };
}

/** The check's results grouped by sheet, in the language the pane shows. */
export function groupBySheet(check: WorkbookCheck, lang: Language): GroupedCheck {
  const groups: SheetGroup[] = [];
  const withoutTable: string[] = [];
  for (const sheetCheck of check.sheets) {
    const { sheet } = sheetCheck;
    const inResults = new Set<Finding>();
    const items: IndicatorItem[] = [];
    sheetCheck.tables.forEach(({ check: plan }, t) => {
      plan.results.forEach((result, r) => {
        const { indicator } = result;
        result.findings.forEach((f) => inResults.add(f));
        const key = `${sheet}|${t}|${r}`;
        const cell = indicator.cells.actual ?? indicator.cells.target ?? indicator.cells.name;
        items.push({
          key,
          sheet,
          ...(indicator.row !== undefined ? { row: indicator.row } : {}),
          name: indicator.name || indicator.code || "?",
          status: result.status,
          ...(result.percent !== undefined ? { percent: result.percent } : {}),
          ...(cell ? { cell } : {}),
          findings: result.findings.map((f, i) => line(f, sheet, `${key}|${i}`, lang)),
        });
      });
    });
    const own = sheetCheck.findings.filter((f) => !inResults.has(f));
    if (sheetCheck.tables.length === 0 && own.every((f) => f.rule === "no_plan_table")) {
      withoutTable.push(sheet);
      continue;
    }
    groups.push({
      sheet,
      items,
      notes: own.map((f, i) => line(f, sheet, `${sheet}|note|${i}`, lang)),
    });
  }
  return { groups, withoutTable };
}

/** Only the indicators whose status is shown; sheet notes are always kept. */
export function filterGroups(groups: SheetGroup[], shown: ReadonlySet<StatusId>): SheetGroup[] {
  return groups.map((g) => ({ ...g, items: g.items.filter((item) => shown.has(item.status)) }));
}
