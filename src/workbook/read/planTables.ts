import {
  INDICATOR_COLUMNS,
  type IndicatorColumn,
  type RawIndicatorRow,
} from "../../engine/read/rawRow";
import type { PeriodId } from "../../engine/model/period";
import type { PlanRow } from "../planTable";
import type { ColumnGroup, ColumnLayout, RoleColumns } from "./columnLayout";
import { isValueRole, type HeaderRole } from "./headerAliases";
import { cellReader } from "./rawCell";
import type { ReadPlanTable } from "./readPlanTable";
import type { SheetGrid } from "./sheetGrid";
import type { TableBody } from "./tableBody";
import type { TitleInfo } from "./titleInfo";
import { isColumnSum } from "./totalRow";

export interface TableParts {
  grid: SheetGrid;
  headerRows: number[];
  lastColumn: number;
  layout: ColumnLayout;
  body: TableBody;
  title: TitleInfo;
  options: { unit?: string; period?: PeriodId };
}

function engineColumns(roles: RoleColumns): Partial<Record<IndicatorColumn, number>> {
  const out: Partial<Record<IndicatorColumn, number>> = {};
  for (const column of INDICATOR_COLUMNS) {
    const at = roles[column];
    if (at !== undefined) out[column] = at;
  }
  return out;
}

function figureColumns(roles: RoleColumns): number[] {
  return Object.entries(roles)
    .filter(([role]) => isValueRole(role as HeaderRole))
    .map(([, column]) => column as number);
}

function planRows(parts: TableParts, roles: RoleColumns): PlanRow[] {
  const { grid, body } = parts;
  const visible = body.rows.filter((line) => !line.hidden);
  const readers = (Object.entries(engineColumns(roles)) as [IndicatorColumn, number][]).map(
    ([role, column]) => [role, cellReader(grid, column)] as const,
  );
  const figures = figureColumns(roles);
  return visible.map((line) => {
    const cells: RawIndicatorRow["cells"] = {};
    for (const [role, read] of readers) cells[role] = read(line.row);
    const sums = figures.some((c) => isColumnSum(grid.formula(line.row, c), line.row, c));
    const row: PlanRow = { sheet: grid.name, row: line.row, cells };
    if (roles.field === undefined && line.field !== undefined) row.field = line.field;
    if (line.label) row.label = line.label.text;
    if (line.parentRow !== undefined) row.parentRow = line.parentRow;
    if (line.isTotal || sums) row.isTotal = true;
    return row;
  });
}

function planTable(
  parts: TableParts,
  group: ColumnGroup | undefined,
  index: number,
  count: number,
): ReadPlanTable {
  const { layout, body, title, options, headerRows } = parts;
  const roles: RoleColumns = { ...layout.shared, ...group?.roles };
  const headerEnd = headerRows[headerRows.length - 1];
  const firstDataRow = (body.columnNumberRow ?? headerEnd) + 1;
  const unit = group?.kind === "unit" ? group.text : (options.unit ?? title.unit);
  const measure = group?.kind === "measure" ? group.text : undefined;
  const period = options.period ?? title.period ?? layout.period;
  const year = layout.year ?? title.year;
  const yearColumns = [...layout.sharedYearColumns, ...(group?.yearColumns ?? [])].sort(
    (a, b) => a.column - b.column,
  );
  const next = yearColumns.filter((c) => c.use === "next" && c.kind === "plan");
  const nextTarget = next.sort((a, b) => a.from - b.from || a.column - b.column)[0];
  const table: ReadPlanTable = {
    sheet: parts.grid.name,
    ...(unit === undefined ? {} : { unit }),
    ...(measure === undefined ? {} : { measure }),
    ...(period === undefined ? {} : { period }),
    ...(year === undefined ? {} : { year }),
    ...(layout.span === undefined ? {} : { yearSpan: layout.span }),
    yearColumns,
    ...(nextTarget === undefined ? {} : { nextTargetColumn: nextTarget.column }),
    headerRows,
    ...(body.columnNumberRow === undefined ? {} : { columnNumberRow: body.columnNumberRow }),
    columns: engineColumns(roles),
    ownedColumns: {
      ...(roles.percent === undefined ? {} : { percent: roles.percent }),
      ...(roles.status === undefined ? {} : { status: roles.status }),
    },
    lastColumn: parts.lastColumn,
    firstDataRow,
    lastDataRow: Math.max(body.lastRow, firstDataRow - 1),
    rows: planRows(parts, roles),
    hiddenRowCount: body.rows.filter((line) => line.hidden).length,
    ...(roles.label === undefined ? {} : { labelColumn: roles.label }),
    ratioColumns: [...layout.sharedRatioColumns, ...(group?.ratioColumns ?? [])],
  };
  if (group) table.group = { index, count, isTotal: group.isTotal, kind: group.kind };
  return table;
}

/** One plan table, or one per unit for a wide layout's column groups. */
export function planTables(parts: TableParts): ReadPlanTable[] {
  const { groups } = parts.layout;
  if (groups.length === 0) return [planTable(parts, undefined, 0, 1)];
  return groups.map((group, index) => planTable(parts, group, index, groups.length));
}

/** Every column holding figures, shared or in any group, other years' columns included. */
export function allFigureColumns(layout: ColumnLayout): number[] {
  const roles = [layout.shared, ...layout.groups.map((g) => g.roles)].flatMap(figureColumns);
  const dated = [layout.sharedYearColumns, ...layout.groups.map((g) => g.yearColumns)]
    .flat()
    .map((c) => c.column);
  return [...new Set([...roles, ...dated])].sort((a, b) => a - b);
}
