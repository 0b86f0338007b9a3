import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TemplateId } from "../../../src/engine/templates/types";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { openWorkbook } from "../../../src/hosts/xlsx";
import { address } from "../../../src/workbook/a1";
import { changeSet, type Change, type WriteValue } from "../../../src/workbook/changeSet";
import type { IndicatorColumn } from "../../../src/engine/read/rawRow";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";

/** What to type into a template sheet, by code and column ("actual", "target"…). */
export type Entries = Record<string, Partial<Record<IndicatorColumn, WriteValue>>>;

export interface SheetSpec {
  template: TemplateId;
  unit: string;
  entries?: Entries;
  /** Sub-units: the allocation template's columns. */
  subUnits?: string[];
  /** Shares typed into the allocation sheet: code → sub-unit → value. */
  shares?: Record<string, Record<string, WriteValue>>;
  /** Rows to clear entirely (a sub-unit that does not report a code). */
  drop?: string[];
  /** Any other edit, made last. */
  edit?: (sheet: SheetSnapshot) => Change[];
}

function codeAt(sheet: SheetSnapshot, row: number, column: number): string | undefined {
  const value = sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column];
  return typeof value === "string" ? value : undefined;
}

/** The changes that type a spec's entries, shares and drops into a template sheet. */
function typed(sheet: SheetSnapshot, spec: SheetSpec): Change[] {
  const out: Change[] = [];
  const put = (row: number, column: number, value: WriteValue) =>
    out.push({ kind: "values", sheet: sheet.name, anchor: address(row, column), rows: [[value]] });
  for (const table of readPlanSheet(sheet).tables) {
    const header = table.headerRows[table.headerRows.length - 1];
    for (const row of table.rows) {
      const code = table.columns.code && codeAt(sheet, row.row, table.columns.code);
      if (!code) continue;
      if (spec.drop?.includes(code)) {
        out.push({
          kind: "values",
          sheet: sheet.name,
          anchor: address(row.row, 1),
          rows: [Array<WriteValue>(table.lastColumn).fill(null)],
        });
        continue;
      }
      for (const [column, value] of Object.entries(spec.entries?.[code] ?? {})) {
        const at = table.columns[column as IndicatorColumn];
        if (at === undefined) throw new Error(`no ${column} column on ${sheet.name}`);
        put(row.row, at, value);
      }
      for (const [unit, value] of Object.entries(spec.shares?.[code] ?? {})) {
        const at = (spec.subUnits ?? []).indexOf(unit);
        if (at < 0) throw new Error(`${unit} is not a column of ${sheet.name}`);
        // The allocation template: STT | Mã | Chỉ tiêu | Đơn vị tính | Kế hoạch giao | units…
        put(row.row, 6 + at, value);
        if (codeAt(sheet, header, 6 + at) !== unit) throw new Error(`column of ${unit} moved`);
      }
    }
  }
  return out;
}

/** A workbook made from templates through the ExcelJS gateway, then typed into. */
export async function buildBook(specs: SheetSpec[]): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const names: string[] = [];
  for (const spec of specs) {
    const made = templateChanges({
      template: spec.template,
      unit: spec.unit,
      year: 2023,
      existingSheets: names,
      ...(spec.subUnits ? { subUnits: spec.subUnits } : {}),
    });
    await workbook.apply(changeSet(made.changes));
    names.push(...made.sheets);
    const snapshot = await workbook.read();
    for (const name of made.sheets) {
      const sheet = snapshot.sheets.find((s) => s.name === name) as SheetSnapshot;
      await workbook.apply(changeSet(typed(sheet, spec)));
      if (spec.edit) {
        const again = (await workbook.read()).sheets.find((s) => s.name === name) as SheetSnapshot;
        await workbook.apply(changeSet(spec.edit(again)));
      }
    }
  }
  return workbook.toBuffer();
}

/** A temporary folder of real .xlsx files. */
export class BookFolder {
  private constructor(readonly dir: string) {}

  static async make(): Promise<BookFolder> {
    return new BookFolder(await mkdtemp(join(tmpdir(), "chitieu-consolidate-")));
  }

  async write(name: string, specs: SheetSpec[]): Promise<string> {
    const path = join(this.dir, name);
    await writeFile(path, await buildBook(specs));
    return path;
  }

  /** Re-opens a file from disk, as the command line does. */
  async open(path: string): Promise<WorkbookSnapshot> {
    const workbook = await openWorkbook(new Uint8Array(await readFile(path)), {
      fileName: path,
    });
    return workbook.read();
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
