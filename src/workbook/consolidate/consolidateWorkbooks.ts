import { checkPlan } from "../../engine/check/checkPlan";
import { checkWideTotals, type WideGroup } from "../../engine/consolidate/checkWideTotals";
import { consolidate } from "../../engine/consolidate/consolidate";
import { unitPlanFromCheck } from "../../engine/consolidate/fromPlanCheck";
import type {
  ConsolidateOptions,
  Consolidation,
  ParentPlan,
  UnitPlan,
} from "../../engine/consolidate/types";
import type { Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import { readPlanSheet } from "../read/readPlanSheet";
import type { ReadPlanTable } from "../read/readPlanTable";
import type { WorkbookSnapshot } from "../snapshot";
import { readParentSheets, type ParentSheets } from "./parentSheets";

export interface ConsolidateWorkbooksOptions extends ConsolidateOptions {
  /** Overrides the period each table's title gives; "year" when neither says. */
  period?: PeriodId;
  /**
   * The sub-units the parent expects a report from; when absent, those the parent's workbook
   * names (its allocation sheet's columns, a title-block list).
   */
  expectedUnits?: string[];
}

export interface WorkbookConsolidation extends Consolidation {
  /** The parent's unit, from its sheet's title, when a parent was given and says it. */
  parentUnit?: string;
  /** Differences between a wide sheet's total group and the roll-up of its units. */
  wideFindings: Finding[];
}

interface ReadUnit {
  plan: UnitPlan;
  isTotal?: boolean;
  /** The sheet and the workbook it came from, to group a wide sheet's column groups. */
  source: string;
}

function readUnits(snapshot: WorkbookSnapshot, book: number, period?: PeriodId) {
  const units: ReadUnit[] = [];
  const findings: Finding[] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.visibility === "veryHidden") continue;
    const reading = readPlanSheet(sheet);
    findings.push(...reading.findings);
    for (const table of reading.tables) units.push(readUnit(table, book, period));
  }
  return { units, findings };
}

function readUnit(table: ReadPlanTable, book: number, period?: PeriodId): ReadUnit {
  const check = checkPlan(table.rows, { period: period ?? table.period ?? "year" });
  const plan = unitPlanFromCheck(table.unit ?? table.sheet, check, table.sheet, table.rows);
  const source = `${book}\u0000${table.sheet}`;
  return table.group ? { plan, isTotal: table.group.isTotal, source } : { plan, source };
}

/** A wide sheet's groups, sheet by sheet, checked against their total group. */
function wideFindings(units: readonly ReadUnit[], tolerance?: number): Finding[] {
  const bySource = new Map<string, WideGroup[]>();
  for (const u of units) {
    if (u.isTotal === undefined) continue;
    const groups = bySource.get(u.source) ?? [];
    groups.push({ ...u.plan, isTotal: u.isTotal });
    bySource.set(u.source, groups);
  }
  return [...bySource.values()].flatMap((groups) =>
    checkWideTotals(groups, tolerance === undefined ? {} : { tolerance }),
  );
}

/** The parent's plan; without a plan table, still its sheets' findings ("no plan table"). */
function parentPlan(sheets: ParentSheets, period?: PeriodId): ParentPlan {
  if (!sheets.plan) return { indicators: [], findings: sheets.findings };
  const { findings, ...own } = readUnit(sheets.plan, -1, period).plan;
  return { ...own, findings: [...sheets.findings, ...findings] };
}

/** Drops repeats: the parent's own check and the consolidation judge the same cells. */
function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.rule, f.sheet ?? "", f.cell ?? "", JSON.stringify(f.params)].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Consolidates sub-unit workbooks (one sub-unit sheet each, or several, or a wide sheet with
 * a column group per unit) into the parent's plan: every plan table is one sub-unit, named by
 * its title (or its sheet); a wide sheet's total group is checked, never counted as a unit.
 */
export function consolidateWorkbooks(
  subUnits: readonly WorkbookSnapshot[],
  parentSnapshot?: WorkbookSnapshot,
  options: ConsolidateWorkbooksOptions = {},
): WorkbookConsolidation {
  const { period, expectedUnits, ...rest } = options;
  const read = subUnits.map((s, i) => readUnits(s, i, period));
  const all = read.flatMap((r) => r.units);
  const units = all.filter((u) => u.isTotal !== true).map((u) => u.plan);
  const parentSheets = parentSnapshot ? readParentSheets(parentSnapshot) : undefined;
  const parent = parentSheets ? parentPlan(parentSheets, period) : undefined;
  const expected = expectedUnits ?? parentSheets?.expectedUnits ?? [];
  const consolidation = consolidate(
    {
      units,
      ...(parent ? { parent } : {}),
      ...(expected.length > 0 ? { expectedUnits: expected } : {}),
      ...(parentSheets?.allocations.length ? { allocations: parentSheets.allocations } : {}),
    },
    { ...rest, ...(period ? { period } : {}) },
  );
  const wide = wideFindings(all, options.tolerance);
  const sheetFindings = read.flatMap((r) => r.findings);
  return {
    ...consolidation,
    findings: distinct([...sheetFindings, ...consolidation.findings, ...wide]),
    wideFindings: wide,
    ...(parent?.unit === undefined ? {} : { parentUnit: parent.unit }),
  };
}
