import type { PeriodId } from "../../engine/model/period";
import { formatNumber } from "../../engine/numbers/formatNumber";
import { findTemplateIndicator } from "../../engine/templates/planIndicators";
import type { PlanTemplate } from "../../engine/templates/types";
import { address } from "../../workbook/a1";
import type { Change, WriteValue } from "../../workbook/changeSet";
import { readPlanSheet } from "../../workbook/read/readPlanSheet";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { demoFigure } from "./demoFigures";

/**
 * The figures a clerk would have typed into a template sheet by the report date, slips
 * included on the first unit: a figure not yet in, one typed as Vietnamese text ("4.402,5",
 * read fine), and a note typed where a number belongs.
 */
export function fillDemoFigures(
  sheet: SheetSnapshot,
  /** The sheet's own template first: codes repeat across templates with other targets. */
  templates: readonly PlanTemplate[],
  period: PeriodId,
  unitIndex: number,
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
      const indicator = code
        ? templates.map((t) => findTemplateIndicator(t, code)).find((x) => x !== undefined)
        : undefined;
      if (!indicator) return;
      const figure = demoFigure(indicator, period, i, unitIndex);
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
