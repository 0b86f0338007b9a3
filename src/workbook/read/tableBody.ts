import type { CellValue } from "../snapshot";
import { isColumnNumberRow } from "./columnNumberRow";
import type { RoleColumns } from "./columnLayout";
import { isFooterText } from "./footerRow";
import { isEmptyFigure, isGroupRow, type RowFacts } from "./groupRow";
import { LabelHierarchy } from "./labelHierarchy";
import {
  labelInText,
  labelOfCell,
  noteLabel,
  type LabelContext,
  type NumberedLabel,
} from "../../engine/text/numberedLabel";
import { isRunningNumber } from "./runningNumber";
import type { SheetGrid } from "./sheetGrid";
import { isTotalName } from "./totalRow";

/** One indicator row of a table, with what the rows around it say about it. */
export interface BodyRow {
  row: number;
  label?: NumberedLabel;
  parentRow?: number;
  field?: string;
  isTotal: boolean;
  hidden: boolean;
}

export interface TableBody {
  columnNumberRow?: number;
  rows: BodyRow[];
  /** The table's last row with anything in it (its data ends here). */
  lastRow: number;
}

export interface BodyRequest {
  grid: SheetGrid;
  /** First row under the header, and the last row the table may reach. */
  firstRow: number;
  lastRow: number;
  /** Another table follows: its title rows are not this table's. */
  beforeAnotherTable: boolean;
  firstColumn: number;
  lastColumn: number;
  /** Columns every row shares (name, label, unit…). */
  roles: RoleColumns;
  /** Every column holding figures, in every column group. */
  figureColumns: readonly number[];
  /** Budget tables: a heading line ("A. THU NGÂN SÁCH") is a line of the table, not a field. */
  keepGroupRows?: boolean;
  /** Rows that are part of the table but not read (a template's placeholder rows). */
  skipRow?: (row: number) => boolean;
}

const DETAIL_ROLES = ["code", "unit", "kind", "aggregation", "cumulative"] as const;

function isYearLike(value: CellValue): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** Rows after a blank row that hold no figures belong to the next table's title. */
function withoutNextTitle(request: BodyRequest): number {
  const { grid, firstRow, lastRow, figureColumns } = request;
  let row = lastRow;
  while (row >= firstRow && !grid.isBlankRow(row)) row--;
  if (row < firstRow || row === lastRow) return lastRow;
  for (let r = row + 1; r <= lastRow; r++) {
    const figures = figureColumns.some((c) => !grid.isBlank(r, c) && !isYearLike(grid.value(r, c)));
    if (figures) return lastRow;
  }
  return row - 1;
}

function rowHasFooter(grid: SheetGrid, row: number, from: number, to: number): boolean {
  return grid.filledColumns(row, from, to).some((c) => {
    const value = grid.value(row, c);
    return typeof value === "string" && isFooterText(value);
  });
}

/**
 * Reads a table's rows under its header: skips the row of column numbers and blank rows, takes
 * group rows as the field of the rows below them, labels and places each row in the numbering
 * hierarchy, and stops at the signatures under the table.
 */
export function readTableBody(request: BodyRequest): TableBody {
  const { grid, firstRow, firstColumn, lastColumn, roles, figureColumns } = request;
  const lastRow = request.beforeAnotherTable ? withoutNextTitle(request) : request.lastRow;
  const nameColumn = roles.name;
  const labelColumn = roles.label;
  const body: TableBody = { rows: [], lastRow: firstRow - 1 };
  let start = firstRow;
  if (start <= lastRow && isColumnNumberRow(grid, start, nameColumn)) {
    body.columnNumberRow = start;
    body.lastRow = start;
    start++;
  }

  let useLabelColumn = labelColumn !== undefined;
  if (labelColumn !== undefined && nameColumn !== undefined) {
    const numbers: CellValue[] = [];
    for (let r = start; r <= lastRow; r++) numbers.push(grid.value(r, labelColumn));
    if (isRunningNumber(numbers)) {
      for (let r = start; r <= lastRow && useLabelColumn; r++) {
        if (labelInText(grid.text(r, nameColumn))) useLabelColumn = false;
      }
    }
  }

  const detailColumns = DETAIL_ROLES.map((role) => roles[role]).filter((c) => c !== undefined);
  const hierarchy = new LabelHierarchy();
  let field: string | undefined;
  let fieldRank: number | undefined;
  const numbering: LabelContext = {};
  for (let row = start; row <= lastRow; row++) {
    if (grid.isBlankRow(row, firstColumn, lastColumn)) continue;
    let hasFigures = false;
    let hasNonZeroFigures = false;
    for (const c of figureColumns) {
      const value = grid.value(row, c);
      if (!hasFigures && !grid.isBlank(row, c)) hasFigures = true;
      if (!isEmptyFigure(value)) {
        hasNonZeroFigures = true;
        break;
      }
    }
    if (!hasFigures && rowHasFooter(grid, row, firstColumn, lastColumn)) break;
    body.lastRow = row;
    if (request.skipRow?.(row)) continue;

    const name = nameColumn === undefined ? "" : grid.text(row, nameColumn);
    const labelText =
      useLabelColumn && labelColumn !== undefined ? grid.text(row, labelColumn) : "";
    const cellLabel =
      useLabelColumn && labelColumn !== undefined
        ? labelOfCell(grid.value(row, labelColumn), numbering)
        : undefined;
    // "I. KINH TẾ" typed whole in the STT column of a group row.
    const source = name === "" && cellLabel === undefined ? labelText : name;
    const inText = source === "" ? undefined : labelInText(source, numbering);
    const plainNumber = cellLabel?.kind === "arabic" && cellLabel.path?.length === 1;
    const label =
      inText && (!cellLabel || plainNumber) ? inText.label : (cellLabel ?? inText?.label);
    const heading = inText ? inText.rest : source;
    noteLabel(numbering, label);

    const facts: RowFacts = {
      heading,
      hasFigures,
      hasNonZeroFigures,
      hasDetails: detailColumns.some((c) => !grid.isBlank(row, c)),
      isTotal: heading !== "" && isTotalName(heading),
    };
    if (!request.keepGroupRows && isGroupRow(facts)) {
      if (fieldRank === undefined || label === undefined || label.rank <= fieldRank) {
        field = heading;
        fieldRank = label?.rank;
      }
      hierarchy.reset();
      continue;
    }
    // A lone number or a stray note: nothing to read.
    if (name === "" && !hasFigures) continue;

    const line: BodyRow = { row, isTotal: facts.isTotal, hidden: grid.isHiddenRow(row) };
    if (label) line.label = label;
    const parentRow = facts.isTotal ? undefined : hierarchy.place(row, label);
    if (parentRow !== undefined) line.parentRow = parentRow;
    if (field !== undefined) line.field = field;
    body.rows.push(line);
  }
  return body;
}
