import type { RawCell } from "../../../src/engine/model/cell";
import type {
  BudgetColumn,
  RawBudgetRow,
  RawBudgetTable,
} from "../../../src/engine/budget/rawBudget";
import type { BudgetLine, BudgetTable } from "../../../src/engine/templates";

/** Where each column sits in the test sheets. */
export const LETTERS: Record<BudgetColumn, string> = {
  code: "A",
  name: "B",
  section: "C",
  unit: "D",
  estimate: "E",
  actual: "F",
  lastYear: "G",
  percentOfEstimate: "H",
  percentOfLastYear: "I",
  share: "J",
  notes: "K",
};

const HEADERS: Record<BudgetColumn, string> = {
  code: "STT",
  name: "Nội dung",
  section: "Loại",
  unit: "Đơn vị tính",
  estimate: "Dự toán",
  actual: "Ước thực hiện",
  lastYear: "Cùng kỳ năm trước",
  percentOfEstimate: "% dự toán",
  percentOfLastYear: "So cùng kỳ (%)",
  share: "Tỷ trọng (%)",
  notes: "Ghi chú",
};

export const SHEET = "Ngân sách";
export const FIRST_ROW = 5;

type CellSpec = RawCell["value"] | { value: RawCell["value"]; numFmt: string };

export type RowSpec = Partial<Record<BudgetColumn, CellSpec>> & {
  indent?: number;
  isTotal?: boolean;
};

export function cellOf(column: BudgetColumn, row: number): string {
  return `${LETTERS[column]}${row}`;
}

function rawRow(row: number, spec: RowSpec): RawBudgetRow {
  const { indent, isTotal, ...cells } = spec;
  const out: RawBudgetRow = { row, cells: {} };
  if (indent !== undefined) out.indent = indent;
  if (isTotal !== undefined) out.isTotal = isTotal;
  for (const [column, value] of Object.entries(cells) as Array<[BudgetColumn, CellSpec]>) {
    const address = cellOf(column, row);
    const formatted = typeof value === "object" && value !== null && "numFmt" in value;
    out.cells[column] = formatted
      ? { value: value.value, numFmt: value.numFmt, address }
      : { value, address };
  }
  return out;
}

/** A table as the reader would give it: rows from FIRST_ROW on, a header per column used. */
export function budgetTable(
  rows: readonly RowSpec[],
  extra: Partial<Omit<RawBudgetTable, "rows">> = {},
): RawBudgetTable {
  const used = new Set(rows.flatMap((row) => Object.keys(row) as BudgetColumn[]));
  const headers: RawBudgetTable["headers"] = {};
  for (const column of Object.keys(HEADERS) as BudgetColumn[]) {
    if (used.has(column)) headers[column] = HEADERS[column];
  }
  return {
    sheet: SHEET,
    kind: "amounts",
    moneyUnit: "tỷ đồng",
    headers,
    ...extra,
    rows: rows.map((spec, i) => rawRow(FIRST_ROW + i, spec)),
  };
}

function walk(lines: readonly BudgetLine[], depth = 0): Array<[BudgetLine, number]> {
  return lines.flatMap((line) => [
    [line, depth] as [BudgetLine, number],
    ...walk(line.children, depth + 1),
  ]);
}

export type Layout = "codes" | "numbered names" | "indentation";

/** A template table typed out in one of the layouts forms use, figures given by `figure`. */
export function templateRows(
  table: BudgetTable,
  layout: Layout = "codes",
  figure: (value: number) => CellSpec = (value) => value,
): RowSpec[] {
  const withActual = walk(table.lines).some(([line]) => line.actual !== undefined);
  return walk(table.lines).map(([line, depth]) => {
    const spec: RowSpec =
      layout === "codes"
        ? { code: line.code, name: line.name }
        : layout === "numbered names"
          ? { name: `${line.code}${/\./.test(line.code) ? "" : "."} ${line.name}` }
          : { name: line.name, indent: depth };
    if (line.estimate !== undefined) spec.estimate = figure(line.estimate);
    if (withActual) spec.actual = line.actual === undefined ? null : figure(line.actual);
    return spec;
  });
}
