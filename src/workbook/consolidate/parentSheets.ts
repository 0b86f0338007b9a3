import type { AllocatedTarget } from "../../engine/consolidate/types";
import { unitKey } from "../../engine/consolidate/unitNames";
import type { Finding } from "../../engine/findings/finding";
import { readPlanSheet } from "../read/readPlanSheet";
import type { ReadPlanTable } from "../read/readPlanTable";
import { SheetGrid } from "../read/sheetGrid";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { isAllocationTable, readAllocationTable } from "./allocationTables";
import { periodCell } from "./periodCell";
import { titleUnitList } from "./titleUnitList";
import { readableSheets, type SkippedSheet } from "./unitTables";

/** How far above a header the title block reaches (as the sheet reader). */
const TITLE_ROWS = 12;

/** What the parent's workbook says: its plan, whom it expects, and what it allocated. */
export interface ParentSheets {
  /** The first plan table that is not an allocation (a wide sheet's total group), else the first. */
  plan?: ReadPlanTable;
  /** The cell that states the plan's period ("Kỳ báo cáo: 9 tháng"), when it states one. */
  planPeriodCell?: string;
  /** From its allocation tables' columns and title-block lists, each name once, in order. */
  expectedUnits: string[];
  allocations: AllocatedTarget[];
  /** The sheets' reading findings, and the allocation tables'. */
  findings: Finding[];
  /** The add-in's own sheets (an earlier consolidation, a chart): not read. */
  skipped: SkippedSheet[];
}

function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = unitKey(name);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads the parent's workbook for consolidation: the plan table whose targets and rules stand,
 * the sub-units it expects (an allocation sheet "GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ" with a column
 * per sub-unit, or a title-block line "Đơn vị trực thuộc: Phường 1, Phường 2"), and the share
 * of each allocated target given to each.
 */
export function readParentSheets(snapshot: WorkbookSnapshot): ParentSheets {
  const plans: Array<{ table: ReadPlanTable; sheet: SheetSnapshot }> = [];
  const allocationTables: ReadPlanTable[] = [];
  const names: string[] = [];
  const allocations: AllocatedTarget[] = [];
  const findings: Finding[] = [];
  const { sheets, skipped } = readableSheets(snapshot);
  for (const sheet of sheets) {
    const reading = readPlanSheet(sheet);
    findings.push(...reading.findings);
    const grid = new SheetGrid(sheet);
    for (const table of reading.tables) {
      const top = table.headerRows[0];
      names.push(...titleUnitList(grid, top - TITLE_ROWS, top - 1));
      if (!isAllocationTable(grid, table)) {
        if (table.group === undefined || table.group.isTotal) plans.push({ table, sheet });
        continue;
      }
      allocationTables.push(table);
      const allocation = readAllocationTable(grid, table);
      names.push(...allocation.units);
      allocations.push(...allocation.allocations);
      findings.push(...allocation.findings);
    }
  }
  const plan = plans[0]?.table ?? allocationTables[0];
  const cell = plans[0] ? periodCell(plans[0].sheet, plans[0].table) : undefined;
  return {
    ...(plan ? { plan } : {}),
    ...(cell === undefined ? {} : { planPeriodCell: cell }),
    skipped,
    expectedUnits: distinctNames(names),
    allocations,
    findings,
  };
}
