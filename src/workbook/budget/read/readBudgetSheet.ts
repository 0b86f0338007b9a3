import { FIGURE_COLUMNS } from "../../../engine/budget/columnLabels";
import { finding, type Finding } from "../../../engine/findings/finding";
import { address } from "../../a1";
import { bodyBounds, findHeaders, type FoundHeaderOf } from "../../read/findTables";
import { SheetGrid } from "../../read/sheetGrid";
import { tableLastColumn } from "../../read/tableExtent";
import { readTableBody, type TableBody } from "../../read/tableBody";
import { isOnlyPlaceholder } from "../../read/templatePlaceholder";
import type { SheetSnapshot } from "../../snapshot";
import { budgetLayout, type BudgetHeading, type BudgetLayout } from "./budgetLayout";
import { budgetRows } from "./budgetRows";
import { BUDGET_TABLE } from "./budgetTableKind";
import { readBudgetTitle, type BudgetTitle } from "./budgetTitle";
import { amountUnitInHeader } from "./amountUnit";
import type { ReadBudgetTable } from "./readBudgetTable";
import { ownedStatusColumn } from "./ownedStatusColumn";
import { unnamedColumns } from "./unnamedColumns";

export interface BudgetSheetReading {
  sheet: string;
  tables: ReadBudgetTable[];
  /** Problems with the tables' layout, and "no budget table here". */
  findings: Finding[];
}

/** How far above a header its title rows may reach. */
const TITLE_ROWS = 12;

function figureColumns(layout: BudgetLayout): number[] {
  return FIGURE_COLUMNS.map((c) => layout.columns[c]).filter((c): c is number => c !== undefined);
}

/** The money unit: the title's, else one in an amount header's brackets, else the unit column's when all lines agree. */
function moneyUnitOf(
  title: BudgetTitle,
  header: FoundHeaderOf<BudgetHeading>,
  layout: BudgetLayout,
  table: ReadBudgetTable,
): string | undefined {
  if (title.moneyUnit !== undefined) return title.moneyUnit;
  for (const heading of header.headings) {
    if (
      !heading.match ||
      !["estimate", "actual", "lastYear", "amount"].includes(heading.match.role)
    )
      continue;
    for (const text of heading.texts) {
      const unit = amountUnitInHeader(text);
      if (unit !== undefined) return unit;
    }
  }
  if (layout.columns.unit === undefined) return undefined;
  const units = new Set(
    table.rows
      .map((r) => r.cells.unit?.value)
      .filter((v): v is string => typeof v === "string" && v.trim() !== "")
      .map((v) => v.trim()),
  );
  return units.size === 1 ? [...units][0] : undefined;
}

interface Placed {
  table: ReadBudgetTable;
  findings: Finding[];
}

function readTable(
  grid: SheetGrid,
  header: FoundHeaderOf<BudgetHeading>,
  next: FoundHeaderOf<BudgetHeading> | undefined,
  titleFrom: number,
): Placed | undefined {
  const top = header.rows[0];
  const headerEnd = header.rows[header.rows.length - 1];
  const layout = budgetLayout(header.headings, grid.name);
  const { columns } = layout;
  const readColumns = [columns.code, columns.name, ...figureColumns(layout)].filter(
    (c): c is number => c !== undefined,
  );
  const skipped: number[] = [];
  const body: TableBody = readTableBody({
    ...bodyBounds(grid, header, next),
    roles: {
      ...(columns.code === undefined ? {} : { label: columns.code }),
      ...(columns.name === undefined ? {} : { name: columns.name }),
      ...(columns.unit === undefined ? {} : { unit: columns.unit }),
    },
    figureColumns: figureColumns(layout),
    keepGroupRows: true,
    skipRow: (row) => {
      const template = readColumns.some((c) => isOnlyPlaceholder(grid.value(row, c)));
      if (template) skipped.push(row);
      return template;
    },
  });
  const rows = budgetRows(grid, body.rows, columns);
  // A lone amount column makes a breakdown only with a total or parts under a line.
  if (
    layout.kind === "breakdown" &&
    !rows.some((r) => r.isTotal || r.parentRow !== undefined) &&
    skipped.length === 0
  ) {
    return undefined;
  }
  const title = readBudgetTitle(grid, Math.max(titleFrom, top - TITLE_ROWS), top - 1);
  // Text under the last line (the next table's title, above a blank row) is not the table's.
  const lastLine = [...skipped, ...body.rows.map((r) => r.row)].reduce(
    (a, b) => Math.max(a, b),
    body.columnNumberRow ?? headerEnd,
  );
  const lastRow = header.lastRow === undefined ? lastLine : Math.max(body.lastRow, headerEnd);
  const lastColumn =
    header.lastRow === undefined
      ? tableLastColumn(grid, header.lastColumn, top, lastRow)
      : header.lastColumn;
  const firstDataRow = (body.columnNumberRow ?? headerEnd) + 1;
  const period = layout.period ?? title.period;
  const ownedColumns = { ...layout.ownedColumns };
  const status = ownedStatusColumn(
    grid,
    layout.statusCandidates,
    ownedColumns.percent,
    firstDataRow,
    lastRow,
  );
  if (status !== undefined) ownedColumns.status = status;
  const table: ReadBudgetTable = {
    sheet: grid.name,
    ...(title.title === undefined ? {} : { title: title.title }),
    ...(title.unitName === undefined ? {} : { unitName: title.unitName }),
    ...(period === undefined ? {} : { period }),
    kind: layout.kind,
    headers: layout.headers,
    rows,
    headerRows: header.rows,
    ...(body.columnNumberRow === undefined ? {} : { columnNumberRow: body.columnNumberRow }),
    columns,
    ownedColumns,
    firstColumn: header.firstColumn,
    lastColumn,
    freeColumn: lastColumn + 1,
    firstDataRow,
    lastRow,
  };
  const moneyUnit = moneyUnitOf(title, header, layout, table);
  if (moneyUnit !== undefined) table.moneyUnit = moneyUnit;
  const findings = [...layout.findings];
  // A template's columns get their headers when the system fills it in.
  if (skipped.length === 0) findings.push(...unnamedColumns(grid, header, table));
  else {
    findings.push(
      finding(
        "budget_template_rows",
        { count: skipped.length },
        { sheet: grid.name, cell: address(skipped[0], columns.name ?? header.firstColumn) },
      ),
    );
  }
  return { table, findings };
}

/**
 * Finds every budget table on a sheet and reads its lines: estimate and execution tables,
 * share tables and breakdowns; headers over merged rows with a row of column numbers under
 * them; codes, numbered labels or indentation for the hierarchy; total rows; the title, unit
 * and money unit above. A plan table (Kế hoạch…) is left to the plan reader. A sheet without a
 * budget table gets one finding saying so.
 */
export function readBudgetSheet(sheet: SheetSnapshot): BudgetSheetReading {
  const grid = new SheetGrid(sheet);
  const headers = grid.isEmpty ? [] : findHeaders(BUDGET_TABLE, grid, sheet.tables);
  const tables: ReadBudgetTable[] = [];
  const findings: Finding[] = [];
  let previousEnd = grid.firstRow - 1;
  headers.forEach((header, i) => {
    const placed = readTable(grid, header, headers[i + 1], previousEnd + 1);
    if (!placed) return;
    tables.push(placed.table);
    findings.push(...placed.findings);
    previousEnd = placed.table.lastRow;
  });
  if (tables.length === 0) {
    const cell = grid.isEmpty ? "A1" : address(grid.firstRow, grid.firstColumn);
    findings.push(finding("budget_no_table", { sheet: sheet.name }, { sheet: sheet.name, cell }));
  }
  return { sheet: sheet.name, tables, findings };
}
