import type { CellValue, SheetSnapshot, TableInfo } from "../../../src/workbook/snapshot";
import { parseAddress } from "../../../src/workbook/a1";

export interface SheetSpec {
  name?: string;
  /** Sheet row and column of rows[0][0]; A1 when absent. */
  origin?: { row: number; column: number };
  merges?: string[];
  hiddenRows?: number[];
  tables?: TableInfo[];
  /** Number formats by A1 address ("General" elsewhere). */
  numberFormats?: Record<string, string>;
  /** Formulas by A1 address. */
  formulas?: Record<string, string>;
}

/** A sheet snapshot from a 2-D array of values, as a host would read it. */
export function sheetFrom(rows: CellValue[][], spec: SheetSpec = {}): SheetSnapshot {
  const origin = spec.origin ?? { row: 1, column: 1 };
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const values = rows.map((row) => [
    ...row,
    ...new Array<CellValue>(width - row.length).fill(null),
  ]);
  const numberFormats = values.map((row) => row.map(() => "General"));
  const formulas = values.map((row) => row.map((): string | null => null));
  const at = (a1: string) => {
    const ref = parseAddress(a1);
    if (!ref) throw new Error(`bad address ${a1}`);
    return { r: ref.row - origin.row, c: ref.column - origin.column };
  };
  for (const [a1, format] of Object.entries(spec.numberFormats ?? {})) {
    const { r, c } = at(a1);
    numberFormats[r][c] = format;
  }
  for (const [a1, formula] of Object.entries(spec.formulas ?? {})) {
    const { r, c } = at(a1);
    formulas[r][c] = formula;
  }
  return {
    name: spec.name ?? "KH 2023",
    visibility: "visible",
    origin,
    values,
    numberFormats,
    formulas,
    merges: spec.merges ?? [],
    hiddenRows: spec.hiddenRows ?? [],
    hiddenColumns: [],
    tables: spec.tables ?? [],
    notes: {},
  };
}
