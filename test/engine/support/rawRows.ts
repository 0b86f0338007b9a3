import type { RawCell } from "../../../src/engine/model/cell";
import type { IndicatorColumn, RawIndicatorRow } from "../../../src/engine/read/rawRow";

/** Where each column sits in the test sheets (the template's order). */
const LETTERS: Record<IndicatorColumn, string> = {
  code: "A",
  field: "B",
  name: "C",
  unit: "D",
  kind: "E",
  aggregation: "F",
  cumulative: "G",
  baseline: "H",
  target: "I",
  targetMax: "J",
  actual: "K",
  forecast: "L",
  notes: "M",
};

export const SHEET = "KH 2023";

type CellSpec = RawCell["value"] | { value: RawCell["value"]; numFmt: string };

/**
 * A raw row as a host would read it from sheet "KH 2023", with A1 addresses; the table has
 * every column, so the ones not given are blank cells.
 */
export function rawRow(
  row: number,
  cells: Partial<Record<IndicatorColumn, CellSpec>>,
  field?: string,
): RawIndicatorRow {
  const out: RawIndicatorRow = { sheet: SHEET, row, cells: {}, ...(field ? { field } : {}) };
  const all = Object.keys(LETTERS).map((column): [IndicatorColumn, CellSpec] => [
    column as IndicatorColumn,
    cells[column as IndicatorColumn] ?? null,
  ]);
  for (const [column, spec] of all) {
    const address = `${LETTERS[column]}${row}`;
    const isFormatted = typeof spec === "object" && spec !== null && "numFmt" in spec;
    out.cells[column] = isFormatted
      ? { value: spec.value, numFmt: spec.numFmt, address }
      : { value: spec, address };
  }
  return out;
}

export function cellOf(column: IndicatorColumn, row: number): string {
  return `${LETTERS[column]}${row}`;
}
