import { checkPlanTable, rowPlaces } from "../check/checkPlanTable";
import { joinMeasures } from "./measureUnits";
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
import type { ReadPlanTable } from "../read/readPlanTable";
import type { WorkbookSnapshot } from "../snapshot";
import { consolidationPeriod, type PeriodSource } from "./consolidationPeriod";
import { readParentSheets, type ParentSheets } from "./parentSheets";
import { readUnitTables, type FoundTable, type UnitTables } from "./unitTables";

export interface ConsolidateWorkbooksOptions extends ConsolidateOptions {
  /** Overrides the period the sub-units' titles give; "year" when neither says. */
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
  /** The period every table was judged for, and where it came from. */
  period: PeriodId;
  periodFrom: PeriodSource;
  /** The year reported: the parent's table's, else the one most sub-units' tables give. */
  year?: number;
  /** Sheets the add-in wrote (their notice in A2), never taken as a sub-unit. */
  skippedSheets: string[];
  /** Differences between a wide sheet's total group and the roll-up of its units. */
  wideFindings: Finding[];
}

interface CheckedUnit {
  table: ReadPlanTable;
  plan: UnitPlan;
  isTotal?: boolean;
  /** The sheet and the workbook it came from, to group a wide sheet's column groups. */
  source: string;
}

function checkedUnit(found: FoundTable, period: PeriodId): CheckedUnit {
  const { table, book } = found;
  const check = checkPlanTable(table, { period });
  const plan = unitPlanFromCheck(
    table.unit ?? table.sheet,
    check,
    table.sheet,
    rowPlaces(table.rows),
  );
  const source = `${book}\u0000${table.sheet}`;
  return table.group?.kind === "unit"
    ? { table, plan, isTotal: table.group.isTotal, source }
    : { table, plan, source };
}

/** A wide sheet's groups, sheet by sheet, checked against their total group. */
function wideFindings(units: readonly CheckedUnit[], tolerance?: number): Finding[] {
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

/**
 * The parent's plan; without a plan table, still its sheets' findings ("no plan table"). Its
 * figures are what the consolidation fills in: a plan with none is no unit that failed to report.
 */
function parentPlan(sheets: ParentSheets, period: PeriodId): ParentPlan {
  if (!sheets.plan) return { indicators: [], findings: sheets.findings };
  const { findings, ...own } = checkedUnit({ table: sheets.plan, book: -1 }, period).plan;
  const reported = findings.filter((f) => f.rule !== "unit_not_reported");
  return { ...own, findings: [...sheets.findings, ...reported] };
}

/**
 * A wide sheet's total group ("Toàn huyện") is the report of the parent: with no parent's
 * workbook, it stands as the parent (its targets, its own figures), and its units are the
 * sub-units — never a sub-unit added to its own units. Only one such group can be the parent.
 */
function totalAsParent(units: readonly CheckedUnit[]): ParentPlan | undefined {
  const totals = units.filter((u) => u.isTotal === true);
  if (totals.length !== 1) return undefined;
  const { findings, ...own } = totals[0].plan;
  return { ...own, findings };
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

function stated(found: FoundTable, cell: string | undefined) {
  const { table } = found;
  return {
    unit: table.unit ?? table.sheet,
    sheet: table.sheet,
    ...(table.period === undefined ? {} : { period: table.period }),
    ...(cell === undefined ? {} : { cell }),
  };
}

/** The parent's year, else the year most tables give. */
function reportedYear(parent: ReadPlanTable | undefined, found: readonly FoundTable[]) {
  if (parent?.year !== undefined) return parent.year;
  const counts = new Map<number, number>();
  for (const { table } of found)
    if (table.year !== undefined) counts.set(table.year, (counts.get(table.year) ?? 0) + 1);
  let best: { year: number; count: number } | undefined;
  for (const [year, count] of counts) if (!best || count > best.count) best = { year, count };
  return best?.year;
}

function isTotalTable(table: ReadPlanTable): boolean {
  return table.group?.isTotal === true;
}

/**
 * Consolidates sub-unit workbooks (one sub-unit sheet each, or several, or a wide sheet with
 * a column group per unit) into the parent's plan: every plan table is one sub-unit, named by
 * its title (or its sheet); a wide sheet's total group is the parent's report, never a unit.
 * Every table, the parent's included, is judged for one period: the one asked for, else the
 * one the sub-units' titles give (see consolidationPeriod.ts). The add-in's own sheets (a
 * consolidation fed back in, a chart) are skipped, each with one informational finding.
 */
export function consolidateWorkbooks(
  subUnits: readonly WorkbookSnapshot[],
  parentSnapshot?: WorkbookSnapshot,
  options: ConsolidateWorkbooksOptions = {},
): WorkbookConsolidation {
  return consolidateUnitTables(
    subUnits.map((s, i) => readUnitTables(s, i)),
    parentSnapshot,
    options,
  );
}

/**
 * consolidateWorkbooks from the plan tables already taken out of each sub-unit's workbook
 * (readUnitTables, in input order): a caller reading many files keeps each one's tables, not
 * its whole snapshot, until all are read.
 */
export function consolidateUnitTables(
  read: readonly UnitTables[],
  parentSnapshot?: WorkbookSnapshot,
  options: ConsolidateWorkbooksOptions = {},
): WorkbookConsolidation {
  const { period: asked, expectedUnits, ...rest } = options;
  const found = read.flatMap((r) => r.tables);
  const parentSheets = parentSnapshot ? readParentSheets(parentSnapshot) : undefined;
  const parentTable = parentSheets?.plan;
  const period = consolidationPeriod(
    found.filter((f) => !isTotalTable(f.table)).map((f) => stated(f, f.periodCell)),
    parentTable
      ? stated({ table: parentTable, book: -1 }, parentSheets?.planPeriodCell)
      : undefined,
    asked,
  );
  const all = joinMeasures(found.map((f) => checkedUnit(f, period.period)));
  const units = all.filter((u) => u.isTotal !== true).map((u) => u.plan);
  const parent = parentSheets ? parentPlan(parentSheets, period.period) : totalAsParent(all);
  const expected = expectedUnits ?? parentSheets?.expectedUnits ?? [];
  const consolidation = consolidate(
    {
      units,
      ...(parent ? { parent } : {}),
      ...(expected.length > 0 ? { expectedUnits: expected } : {}),
      ...(parentSheets?.allocations.length ? { allocations: parentSheets.allocations } : {}),
    },
    { ...rest, period: period.period },
  );
  const wide = wideFindings(all, options.tolerance);
  const year = reportedYear(parentTable, found);
  const sheetFindings = read.flatMap((r) => r.findings);
  const skipped = [...read.flatMap((r) => r.skipped), ...(parentSheets?.skipped ?? [])];
  return {
    ...consolidation,
    findings: distinct([
      ...skipped.map((s) => s.finding),
      ...period.findings,
      ...sheetFindings,
      ...consolidation.findings,
      ...wide,
    ]),
    period: period.period,
    periodFrom: period.from,
    ...(year === undefined ? {} : { year }),
    skippedSheets: skipped.map((s) => s.sheet),
    wideFindings: wide,
    ...(parent?.unit === undefined ? {} : { parentUnit: parent.unit }),
  };
}
