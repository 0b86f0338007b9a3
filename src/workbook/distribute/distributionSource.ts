import type { AllocatedTarget } from "../../engine/consolidate/types";
import { unitKey } from "../../engine/consolidate/unitNames";
import type { Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import { cellText } from "../../engine/read/cellText";
import { subHeadingRows } from "../check/subHeadings";
import { readParentSheets } from "../consolidate/parentSheets";
import { readableSheets } from "../consolidate/unitTables";
import type { PlanRow } from "../planTable";
import { readPlanSheet } from "../read/readPlanSheet";
import type { ReadPlanTable } from "../read/readPlanTable";
import type { WorkbookSnapshot } from "../snapshot";

/** What the parent's workbook gives to distribute. */
export interface DistributionSource {
  /** The parent's unit, as its plan's title names it. */
  parent?: string;
  year?: number;
  /** The period the plan's title names, if any. */
  period?: PeriodId;
  /** The parent's plan table, when there is one. */
  plan?: ReadPlanTable;
  /** Its indicator rows, sub-headings left out, in order. */
  rows: PlanRow[];
  /** The sub-units: the allocation sheet's columns, a title-block list, each once. */
  units: string[];
  /** Each sub-unit's share of each coded target (by unitKey, then code). */
  shares: Map<string, Map<string, number>>;
  /**
   * A sub-unit's own plan table in the parent's workbook (template sheets "KH 2023 - Phường
   * 1"), by unitKey: its last year's figures are the sub-unit's own.
   */
  unitTables: Map<string, ReadPlanTable>;
  /** The reading's findings (allocation shares that are not numbers…). */
  findings: Finding[];
}

function sharesByUnit(allocations: readonly AllocatedTarget[]) {
  const out = new Map<string, Map<string, number>>();
  for (const allocation of allocations) {
    for (const share of allocation.shares) {
      const key = unitKey(share.unit);
      const byCode = out.get(key) ?? new Map<string, number>();
      byCode.set(allocation.code, share.value);
      out.set(key, byCode);
    }
  }
  return out;
}

/** The sub-units' own plan tables in the parent's workbook, by unitKey. */
function ownTables(snapshot: WorkbookSnapshot, units: readonly string[], plan?: ReadPlanTable) {
  const wanted = new Set(units.map(unitKey));
  const out = new Map<string, ReadPlanTable>();
  for (const sheet of readableSheets(snapshot).sheets) {
    for (const table of readPlanSheet(sheet).tables) {
      if (table === plan || table.group !== undefined || table.unit === undefined) continue;
      const key = unitKey(table.unit);
      if (wanted.has(key) && !out.has(key)) out.set(key, table);
    }
  }
  return out;
}

/**
 * Reads what the parent distributes: its plan (the first plan table that is no allocation), the
 * sub-units it names, the share of each target it gave each one, and the sub-units' own sheets
 * where the workbook has them.
 */
export function readDistributionSource(snapshot: WorkbookSnapshot): DistributionSource {
  const parent = readParentSheets(snapshot);
  const plan = parent.plan;
  const headings = plan ? subHeadingRows(plan.rows) : new Set<number>();
  const rows = (plan?.rows ?? []).filter(
    (row) => !headings.has(row.row) && cellText(row.cells.name) !== "",
  );
  return {
    ...(plan?.unit === undefined ? {} : { parent: plan.unit }),
    ...(plan?.year === undefined ? {} : { year: plan.year }),
    ...(plan?.period === undefined ? {} : { period: plan.period }),
    ...(plan ? { plan } : {}),
    rows,
    units: parent.expectedUnits,
    shares: sharesByUnit(parent.allocations),
    unitTables: ownTables(snapshot, parent.expectedUnits, plan),
    findings: parent.findings.filter((f) => f.rule !== "no_plan_table"),
  };
}
