import type { PeriodId } from "../../engine/model/period";
import { formatNumber } from "../../engine/numbers/formatNumber";
import { findTemplateIndicator } from "../../engine/templates/planIndicators";
import type { PlanTemplate } from "../../engine/templates/types";
import { address } from "../../workbook/a1";
import type { Change, WriteValue } from "../../workbook/changeSet";
import { readPlanSheet } from "../../workbook/read/readPlanSheet";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { demoFigure } from "./demoFigures";
import { shareCell } from "./shareCell";
import type { DemoUnitPlan } from "./wardAllocation";

/** A no-plan mark for a ward given no share of a small count (4 stations among 10 wards). */
const NO_SHARE = "-";

/**
 * The figures a clerk would have typed into a template sheet by the report date, slips
 * included on the first unit: a figure not yet in, one typed as Vietnamese text ("4.402,5",
 * read fine), and a note typed where a number belongs. With a `plan`, a ward's sheet takes its
 * share of the parent's targets and last year's figures, and its year runs at the ward's form.
 */
export function fillDemoFigures(
  sheet: SheetSnapshot,
  /** The sheet's own template first: codes repeat across templates with other targets. */
  templates: readonly PlanTemplate[],
  period: PeriodId,
  unitIndex: number,
  plan?: DemoUnitPlan,
): Change[] {
  const changes: Change[] = [];
  const write = (row: number, column: number | undefined, value: WriteValue) => {
    if (column !== undefined)
      changes.push({
        kind: "values",
        sheet: sheet.name,
        anchor: address(row, column),
        rows: [[value]],
      });
  };
  for (const table of readPlanSheet(sheet).tables) {
    table.rows.forEach((row, i) => {
      const code = typeof row.cells.code?.value === "string" ? row.cells.code.value : undefined;
      const found = code
        ? templates.map((t) => findTemplateIndicator(t, code)).find((x) => x !== undefined)
        : undefined;
      if (!found || code === undefined) return;
      const share = plan?.targets.get(code);
      const baseline = plan?.baselines.get(code) ?? found.baseline;
      if (plan?.baselines.has(code)) write(row.row, table.columns.baseline, baseline ?? null);
      if (share === 0) {
        // No part of it given to this ward: no plan, and nothing done, as the ward reports it.
        write(row.row, table.columns.target, NO_SHARE);
        write(row.row, table.columns.actual, 0);
        write(row.row, table.columns.forecast, 0);
        return;
      }
      if (share !== undefined) write(row.row, table.columns.target, shareCell(found, share));
      const indicator = {
        ...found,
        target: share === undefined ? found.target : { ...found.target, value: share },
        ...(baseline === undefined ? {} : { baseline }),
      };
      const figure = demoFigure(indicator, period, i, unitIndex, plan?.form);
      let actual: WriteValue = figure.actual;
      const slips = unitIndex === 0;
      if (slips && i === 4) actual = null;
      if (slips && i === 8 && typeof actual === "number")
        actual = formatNumber(Math.trunc(actual) + 0.4, "vi", 1);
      if (slips && i === 13) actual = "đang tổng hợp";
      write(row.row, table.columns.actual, actual);
      write(row.row, table.columns.forecast, figure.forecast);
    });
  }
  return changes;
}
