import type { AllocatedShare, AllocatedTarget } from "../../engine/consolidate/types";
import { finding, type Finding } from "../../engine/findings/finding";
import { readNumberCell } from "../../engine/numbers/readNumberCell";
import { cellText } from "../../engine/read/cellText";
import { isPercentUnit } from "../../engine/read/unitKind";
import { foldText } from "../../engine/text/normalize";
import { address } from "../a1";
import type { PlanRow } from "../planTable";
import type { ReadPlanTable } from "../read/readPlanTable";
import { SheetGrid } from "../read/sheetGrid";

/** "GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ", "Phân bổ chỉ tiêu", "TARGET ALLOCATION". */
const ALLOCATION_TITLE = /\b(giao chi tieu|phan bo chi tieu|phan bo ke hoach|allocation)\b/;

/** How far above its header an allocation table's title may stand. */
const TITLE_ROWS = 12;

export interface AllocationReading {
  /** The sub-units in its columns, left to right. */
  units: string[];
  allocations: AllocatedTarget[];
  findings: Finding[];
}

/**
 * Whether the rows above a table's header name it an allocation of targets. A table with a
 * column for the period's figures (Thực hiện, Ước) is a report, whatever its title says: a ward's
 * workbook from `distribute` says "Đơn vị giao chỉ tiêu: Quận 7" above its own report.
 */
export function isAllocationTable(grid: SheetGrid, table: ReadPlanTable): boolean {
  if (table.group) return false;
  if (table.columns.actual !== undefined || table.columns.forecast !== undefined) return false;
  const top = table.headerRows[0];
  for (let row = Math.max(grid.firstRow, top - TITLE_ROWS); row < top; row++) {
    for (const column of grid.filledColumns(row)) {
      if (ALLOCATION_TITLE.test(foldText(grid.text(row, column)))) return true;
    }
  }
  return false;
}

/** Headings that are sums, remainders or remarks, never a sub-unit ("Tổng phân bổ", "Cộng"). */
const NOT_A_UNIT = /^(tong|cong|con lai|chenh lech|ghi chu|total|sum|remainder|notes?)\b/;

/** The header columns the reader did not take (STT, Mã, Chỉ tiêu…), right of the name: units. */
function unitColumns(grid: SheetGrid, table: ReadPlanTable): Array<[number, string]> {
  const taken = new Set<number | undefined>([
    ...Object.values(table.columns),
    table.ownedColumns.percent,
    table.ownedColumns.status,
    table.labelColumn,
    ...table.ratioColumns,
  ]);
  const from = (table.columns.name ?? 0) + 1;
  const out: Array<[number, string]> = [];
  for (let column = from; column <= Math.max(table.lastColumn, grid.lastColumn); column++) {
    if (taken.has(column)) continue;
    // A merged heading ("Trong đó") over the names: the lowest header row names the unit.
    const name = [...table.headerRows]
      .reverse()
      .map((row) => grid.text(row, column))
      .find((text) => text !== "");
    if (name !== undefined && !NOT_A_UNIT.test(foldText(name))) out.push([column, name]);
  }
  return out;
}

function rowAllocation(
  grid: SheetGrid,
  table: ReadPlanTable,
  row: PlanRow,
  units: ReadonlyArray<[number, string]>,
  findings: Finding[],
): AllocatedTarget | undefined {
  const sheet = table.sheet;
  const code = cellText(row.cells.code);
  const name = cellText(row.cells.name);
  const measure = cellText(row.cells.unit);
  const unitIsPercent = isPercentUnit(measure);
  const shares: AllocatedShare[] = [];
  for (const [column, unit] of units) {
    const cell = address(row.row, column);
    const raw = { value: grid.value(row.row, column), numFmt: grid.numFmt(row.row, column) };
    const read = readNumberCell(raw, { unitIsPercent });
    if (read.ok) shares.push({ unit, value: read.value, cell });
    else if (read.reason !== "empty") {
      const params = { indicator: code || name, unit, value: grid.text(row.row, column) };
      findings.push(finding("allocation_share_not_number", params, { sheet, cell }));
    }
  }
  const total = readNumberCell(row.cells.target, { unitIsPercent });
  if (code === "") {
    if (shares.length > 0) {
      const where = { sheet, cell: row.cells.code?.address ?? address(row.row, 1) };
      findings.push(finding("allocation_without_code", { indicator: name }, where));
    }
    return undefined;
  }
  return {
    code,
    ...(name === "" ? {} : { name }),
    ...(total.ok ? { total: total.value } : {}),
    sheet,
    ...(row.cells.target?.address === undefined ? {} : { cell: row.cells.target.address }),
    shares,
  };
}

/**
 * Reads a parent's allocation table ("GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ": STT | Mã | Chỉ tiêu |
 * Đơn vị tính | Kế hoạch giao | one column per sub-unit): the sub-units it names and each
 * one's share of each coded target. A share that is not a number is a finding at its cell.
 */
export function readAllocationTable(grid: SheetGrid, table: ReadPlanTable): AllocationReading {
  const columns = unitColumns(grid, table);
  const findings: Finding[] = [];
  const allocations = table.rows.flatMap((row) => {
    const a = rowAllocation(grid, table, row, columns, findings);
    return a ? [a] : [];
  });
  return { units: columns.map(([, name]) => name), allocations, findings };
}
