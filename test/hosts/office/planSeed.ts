/** A small plan sheet for the Office gateway's check tests, seeded into the strict double. */
import {
  PLAN_COLUMNS,
  PLAN_HEADERS,
  planColumn,
} from "../../../src/workbook/templates/planColumns";
import type { PlanColumn } from "../../../src/workbook/templates/planColumns";
import { columnLetter } from "../../../src/workbook/a1";
import type { SeedSheet } from "../contractCases";

export const cellOf = (column: PlanColumn, row: number): string =>
  `${columnLetter(planColumn(column))}${row}`;

/**
 * Headers on row 3, then `rows` indicators (target 12, actuals 6…14); the indicator at
 * `badIndex` (0-based), if any, has an actual that is not a number (a finding, so a note).
 */
export function planSheet(name: string, rows: number, badIndex?: number): SeedSheet {
  const cells: NonNullable<SeedSheet["cells"]> = { A1: "KẾ HOẠCH NĂM 2025" };
  PLAN_COLUMNS.forEach((c) => (cells[cellOf(c, 3)] = PLAN_HEADERS.vi[c]));
  for (let i = 0; i < rows; i++) {
    const row = 4 + i;
    cells[cellOf("stt", row)] = i + 1;
    cells[cellOf("code", row)] = `CT${i + 1}`;
    cells[cellOf("name", row)] = `Chỉ tiêu số ${i + 1}`;
    cells[cellOf("unit", row)] = "%";
    cells[cellOf("kind", row)] = "≥";
    cells[cellOf("target", row)] = 12;
    cells[cellOf("actual", row)] = i === badIndex ? "không rõ" : 6 + (i % 9);
  }
  return { name, cells };
}
