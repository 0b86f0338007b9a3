import { finding, type Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import { address } from "../a1";
import type { SheetReading } from "../planTable";
import type { SheetSnapshot } from "../snapshot";
import { columnLayout } from "./columnLayout";
import { bodyBounds, findTables } from "./findTables";
import { allFigureColumns, planTables } from "./planTables";
import type { ReadPlanTable } from "./readPlanTable";
import { SheetGrid } from "./sheetGrid";
import { tableLastColumn } from "./tableExtent";
import { readTableBody } from "./tableBody";
import { readTitleInfo } from "./titleInfo";
import { uncachedHeaders, uncachedHeadersWithoutTable } from "./headerFormulas";
import { hiddenRowsFinding } from "./hiddenRows";

export interface ReadPlanSheetOptions {
  /** The unit the sheet reports for; overrides the title rows (not a wide layout's groups). */
  unit?: string;
  /** The reporting period; overrides the title rows and headers. */
  period?: PeriodId;
  /** The units the parent expects: a wide layout's column group so named is a unit. */
  roster?: readonly string[];
}

export interface PlanSheetReading extends SheetReading {
  tables: ReadPlanTable[];
}

/** How far above a header its title rows may reach. */
const TITLE_ROWS = 12;

/**
 * Finds every plan table on a sheet and reads its rows: headers in Vietnamese or English over
 * one to four rows, title and key/value rows above, group rows, numbered labels and their
 * hierarchy, total rows, and the wide layout's column groups (one table per unit).
 * A sheet without a plan table gets one finding saying so.
 */
export function readPlanSheet(
  sheet: SheetSnapshot,
  options: ReadPlanSheetOptions = {},
): PlanSheetReading {
  const grid = new SheetGrid(sheet);
  const headers = grid.isEmpty ? [] : findTables(grid, sheet.tables);
  const tables: ReadPlanTable[] = [];
  const findings: Finding[] = [];
  let previousEnd = grid.firstRow - 1;
  headers.forEach((header, i) => {
    const top = header.rows[0];
    const headerEnd = header.rows[header.rows.length - 1];
    const title = readTitleInfo(grid, Math.max(previousEnd + 1, top - TITLE_ROWS), top - 1);
    const layout = columnLayout(header.headings, {
      sheet: sheet.name,
      title,
      ...(options.roster === undefined ? {} : { roster: options.roster }),
    });
    const figureColumns = allFigureColumns(layout);
    const body = readTableBody({
      ...bodyBounds(grid, header, headers[i + 1]),
      roles: layout.shared,
      figureColumns,
    });
    const lastColumn =
      header.lastRow === undefined
        ? tableLastColumn(grid, header.lastColumn, top, Math.max(body.lastRow, headerEnd))
        : header.lastColumn;
    tables.push(
      ...planTables({ grid, headerRows: header.rows, lastColumn, layout, body, title, options }),
    );
    findings.push(
      ...uncachedHeaders(grid, header.rows, header.firstColumn),
      ...layout.findings,
      ...hiddenRowsFinding(grid, body, figureColumns, header.firstColumn),
    );
    previousEnd = Math.max(body.lastRow, headerEnd);
  });
  if (tables.length === 0) {
    const cell = grid.isEmpty ? "A1" : address(grid.firstRow, grid.firstColumn);
    if (!grid.isEmpty) findings.push(...uncachedHeadersWithoutTable(grid));
    findings.push(finding("no_plan_table", { sheet: sheet.name }, { sheet: sheet.name, cell }));
  }
  return { sheet: sheet.name, tables, findings };
}
