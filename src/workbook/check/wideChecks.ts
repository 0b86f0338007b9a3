import type { IndicatorResult, PlanCheck } from "../../engine/check/checkPlan";
import { siblingSlipFindings } from "../../engine/check/siblingSlips";
import { checkWideTotals, type WideGroup } from "../../engine/consolidate/checkWideTotals";
import { unitPlanFromCheck } from "../../engine/consolidate/fromPlanCheck";
import type { Finding } from "../../engine/findings/finding";
import type { Indicator } from "../../engine/model/indicator";
import { summarize } from "../../engine/report/summarize";
import type { CheckedTable } from "./checkedTable";
import { rowPlaces } from "./checkPlanTable";

function ownerOf(check: PlanCheck, cell: string | undefined): IndicatorResult | undefined {
  if (cell === undefined) return undefined;
  return check.results.find((r) => Object.values(r.indicator.cells).includes(cell));
}

function attach(check: PlanCheck, f: Finding): IndicatorResult | undefined {
  const owner = ownerOf(check, f.cell);
  owner?.findings.push(f);
  check.findings.push(f);
  return owner;
}

function unitGroups(tables: readonly CheckedTable[]): CheckedTable[] {
  return tables.filter((t) => t.table.group !== undefined && t.table.group.kind !== "measure");
}

/** Unit slips a row cannot show alone, against the same row of the sibling units. */
function siblingSlips(units: readonly CheckedTable[]): void {
  const parts = units.filter((t) => !t.table.group?.isTotal);
  if (parts.length < 3) return;
  const byRow = parts.map(
    ({ check }) =>
      new Map<number, Indicator>(
        check.results
          .filter((r) => r.indicator.row !== undefined)
          .map((r) => [r.indicator.row as number, r.indicator]),
      ),
  );
  for (const f of siblingSlipFindings(byRow)) {
    const table = parts.find((t) => ownerOf(t.check, f.cell));
    if (table) attach(table.check, f);
  }
}

/**
 * Rates and yields the total group adds up over its units ("Năng suất" in tạ/ha summed over
 * communes): an error at the total's cell, and the total is not judged as if it were a figure.
 */
function summedRates(units: readonly CheckedTable[]): void {
  const total = units.find((t) => t.table.group?.isTotal);
  if (!total) return;
  const groups: WideGroup[] = units.map(({ table, check }) => ({
    ...unitPlanFromCheck(table.unit ?? table.sheet, check, table.sheet, rowPlaces(table.rows)),
    isTotal: table.group?.isTotal === true,
  }));
  const summed = checkWideTotals(groups).filter((f) => f.rule === "total_sums_rate");
  if (summed.length === 0) return;
  for (const f of summed) {
    const owner = attach(total.check, f);
    if (!owner) continue;
    owner.status = "invalid";
    delete owner.percent;
    delete owner.forecastStatus;
    delete owner.forecastPercent;
  }
  total.check.summary = summarize(total.check.results, total.check.summary.period);
}

/**
 * Checks a wide sheet's unit groups together, as `consolidate` does: slips against sibling
 * units, and rates summed into the total. Changes the checked tables in place.
 */
export function checkWideSheet(tables: readonly CheckedTable[]): void {
  const units = unitGroups(tables);
  if (units.length < 2) return;
  siblingSlips(units);
  summedRates(units);
}
