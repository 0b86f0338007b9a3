import type { BudgetColumn } from "../../../engine/budget/rawBudget";
import { isBlank, type RawCell } from "../../../engine/model/cell";
import { foldText } from "../../../engine/text/normalize";
import { labelInText, labelOfCell } from "../../../engine/text/numberedLabel";
import { cellReader } from "../../read/rawCell";
import type { SheetGrid } from "../../read/sheetGrid";
import type { BodyRow } from "../../read/tableBody";
import { sectionOfName, sectionOfType } from "./budgetSection";
import { indentLevels, indentParents, leadingWidth } from "./indentation";
import type { ReadBudgetRow } from "./readBudgetTable";

type Columns = Partial<Record<BudgetColumn, number>>;

/** The cell holding the line's name: its own, a merged area's first cell, or the STT cell ("TỔNG CỘNG" typed there). */
function nameCell(grid: SheetGrid, line: BodyRow, columns: Columns): RawCell | undefined {
  const column = columns.name;
  if (column === undefined) return undefined;
  const own = cellReader(grid, column)(line.row);
  if (!isBlank(own)) return own;
  const merged = grid.merges.at(line.row, column);
  if (merged && !grid.isBlank(merged.start.row, merged.start.column)) {
    return cellReader(grid, merged.start.column)(merged.start.row);
  }
  if (columns.code !== undefined && !line.label && !grid.isBlank(line.row, columns.code)) {
    return cellReader(grid, columns.code)(line.row);
  }
  return own;
}

/** The code as typed in the code column, else the numbered label typed in the name ("1.2.", "-"). */
function codeCell(
  grid: SheetGrid,
  line: BodyRow,
  columns: Columns,
  name: RawCell | undefined,
): RawCell | undefined {
  const column = columns.code;
  const typed = column === undefined ? undefined : cellReader(grid, column)(line.row);
  if (line.label) {
    if (typed && labelOfCell(typed.value)?.text === line.label.text) return typed;
    return { value: line.label.text, ...(name?.address ? { address: name.address } : {}) };
  }
  if (!typed || isBlank(typed) || typed.address === name?.address) return undefined;
  return typed;
}

function lineCells(grid: SheetGrid, line: BodyRow, columns: Columns): ReadBudgetRow["cells"] {
  const cells: ReadBudgetRow["cells"] = {};
  for (const [column, at] of Object.entries(columns) as [BudgetColumn, number][]) {
    if (column !== "code" && column !== "name") cells[column] = cellReader(grid, at)(line.row);
  }
  const name = nameCell(grid, line, columns);
  if (name) cells.name = name;
  const code = codeCell(grid, line, columns, name);
  if (code) cells.code = code;
  return cells;
}

/**
 * "Tổng biên chế" or "Tổng thu NSNN" typed first or last, without a code, over lines that have
 * codes or indentation but are not its children: the grand total of the top lines.
 */
function isLeadingTotal(rows: readonly ReadBudgetRow[], index: number): boolean {
  const row = rows[index];
  if (row.isTotal || row.label !== undefined || (row.indent ?? 0) > 0) return false;
  if (index !== 0 && index !== rows.length - 1) return false;
  const name = row.cells.name?.value;
  if (typeof name !== "string" || !/^(tong|cong)\b/.test(foldText(name))) return false;
  if (rows.some((r) => r.parentRow === row.row)) return false;
  return rows.some((r) => r !== row && (r.label !== undefined || (r.indent ?? 0) > 0));
}

function setSections(rows: ReadBudgetRow[], hasTypeColumn: boolean): void {
  const byRow = new Map<number, ReadBudgetRow>();
  let carried: ReadBudgetRow["section"];
  for (const row of rows) {
    const typed = row.cells.section?.value;
    const name = row.cells.name?.value;
    const parent = row.parentRow === undefined ? undefined : byRow.get(row.parentRow);
    const own =
      typeof name === "string" && !row.isTotal
        ? sectionOfName(labelInText(name)?.rest ?? name)
        : undefined;
    const section = hasTypeColumn
      ? typeof typed === "string"
        ? sectionOfType(typed)
        : undefined
      : (parent?.section ?? own ?? (parent || row.isTotal ? undefined : carried));
    if (section) row.section = section;
    if (!parent && !row.isTotal && section) carried = section;
    byRow.set(row.row, row);
  }
}

/**
 * The table's lines from its body rows: cells by column with their addresses, the code, the
 * indentation, the parent line (numbering, or indentation when nothing is numbered), grand
 * totals and the thu / chi section of each line.
 */
export function budgetRows(
  grid: SheetGrid,
  lines: readonly BodyRow[],
  columns: Columns,
): ReadBudgetRow[] {
  const rows: ReadBudgetRow[] = lines.map((line) => {
    const row: ReadBudgetRow = { row: line.row, cells: lineCells(grid, line, columns) };
    if (line.label) row.label = line.label.text;
    if (line.parentRow !== undefined) row.parentRow = line.parentRow;
    if (line.isTotal) row.isTotal = true;
    if (line.hidden) row.hidden = true;
    return row;
  });
  const nameColumn = columns.name;
  const widths = rows.map((r) =>
    nameColumn === undefined ? 0 : leadingWidth(grid.value(r.row, nameColumn)),
  );
  if (widths.some((w) => w > 0)) {
    const levels = indentLevels(widths);
    rows.forEach((row, i) => (row.indent = levels[i]));
    if (rows.every((r) => r.label === undefined)) {
      const parents = indentParents(
        rows.filter((r) => !r.isTotal).map((r) => ({ row: r.row, indent: r.indent ?? 0 })),
      );
      for (const row of rows) {
        const parent = parents.get(row.row);
        if (parent !== undefined) row.parentRow = parent;
      }
    }
  }
  rows.forEach((row, i) => {
    if (isLeadingTotal(rows, i)) row.isTotal = true;
  });
  setSections(rows, columns.section !== undefined);
  return rows;
}
