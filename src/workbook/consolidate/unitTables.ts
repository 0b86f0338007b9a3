import { finding, type Finding } from "../../engine/findings/finding";
import { readPlanSheet } from "../read/readPlanSheet";
import type { ReadPlanTable } from "../read/readPlanTable";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { addInNoticeRow, isAddInOutput, NOTICE_ROW } from "./ownedSheets";
import { periodCell } from "./periodCell";

/** A plan table of a sub-unit's workbook, and the cell that states its period. */
export interface FoundTable {
  table: ReadPlanTable;
  /** The workbook's place among the inputs (-1: the parent's). */
  book: number;
  periodCell?: string;
}

/** What one sub-unit's workbook gives a consolidation: its plan tables, findings, skipped sheets. */
export interface UnitTables {
  tables: FoundTable[];
  findings: Finding[];
  skipped: SkippedSheet[];
}

/** A sheet the add-in wrote, left out, with the finding that says so. */
export interface SkippedSheet {
  sheet: string;
  finding: Finding;
}

/** The add-in's own sheet, named at its notice line. */
export function skippedSheet(sheet: SheetSnapshot): SkippedSheet {
  const where = { sheet: sheet.name, cell: `A${addInNoticeRow(sheet) ?? NOTICE_ROW}` };
  return {
    sheet: sheet.name,
    finding: finding("own_output_skipped", { sheet: sheet.name }, where),
  };
}

/**
 * The sheets of a workbook that may hold a unit's report: very hidden sheets are not read, and
 * the add-in's own output (a consolidation fed back in, a chart sheet) is skipped, said once.
 */
export function readableSheets(snapshot: WorkbookSnapshot): {
  sheets: SheetSnapshot[];
  skipped: SkippedSheet[];
} {
  const sheets: SheetSnapshot[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.visibility === "veryHidden") continue;
    if (isAddInOutput(sheet)) skipped.push(skippedSheet(sheet));
    else sheets.push(sheet);
  }
  return { sheets, skipped };
}

/**
 * Every plan table of a sub-unit's workbook, with the sheets' reading findings. Very hidden
 * sheets are not read; the add-in's own output (a consolidation fed back in, a chart sheet) is
 * never a sub-unit: it is skipped with one informational finding.
 */
export function readUnitTables(snapshot: WorkbookSnapshot, book: number): UnitTables {
  const tables: FoundTable[] = [];
  const findings: Finding[] = [];
  const { sheets, skipped } = readableSheets(snapshot);
  for (const sheet of sheets) {
    const reading = readPlanSheet(sheet);
    findings.push(...reading.findings);
    for (const table of reading.tables) {
      const cell = periodCell(sheet, table);
      tables.push({ table, book, ...(cell === undefined ? {} : { periodCell: cell }) });
    }
  }
  return { tables, findings, skipped };
}
