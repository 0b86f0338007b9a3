import { formatNumber } from "../../engine/numbers/formatNumber";
import { findTemplateIndicator } from "../../engine/templates/planIndicators";
import type { PlanTemplate } from "../../engine/templates/types";
import { address } from "../../workbook/a1";
import type { Change, WriteValue } from "../../workbook/changeSet";
import { readPlanSheet } from "../../workbook/read/readPlanSheet";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { demoActual } from "./demoFigures";

/**
 * Actual figures for a template sheet, as a clerk would type them by year end — including the
 * slips real sheets have (figures typed as text, a missing entry, an error value), so the demo
 * shows findings as well as statuses.
 */
export function fillActuals(
  sheet: SheetSnapshot,
  template: PlanTemplate,
  unitIndex: number,
  withSlips: boolean,
): Change[] {
  const changes: Change[] = [];
  for (const table of readPlanSheet(sheet).tables) {
    const column = table.columns.actual;
    if (column === undefined) continue;
    table.rows.forEach((row, i) => {
      const code = typeof row.cells.code?.value === "string" ? row.cells.code.value : undefined;
      const indicator = code ? findTemplateIndicator(template, code) : undefined;
      if (!indicator) return;
      let value: WriteValue = demoActual(
        indicator.target,
        indicator.baseline,
        indicator.unit,
        i,
        unitIndex,
      );
      if (withSlips && i === 3) value = null;
      if (withSlips && i === 7 && typeof value === "number") value = formatNumber(value, "vi");
      if (withSlips && i === 11) value = "chưa có số liệu";
      changes.push({
        kind: "values",
        sheet: sheet.name,
        anchor: address(row.row, column),
        rows: [[value]],
      });
    });
  }
  return changes;
}
