import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

/** A cell's value as openpyxl writes it; a string starting with "=" is a formula. */
export type SpecValue = string | number | boolean | null;

export interface SheetSpec {
  name: string;
  /** A1 address → value or formula. */
  cells: Record<string, SpecValue>;
}

/** What LibreOffice computed, read back with openpyxl: sheet → A1 → value (errors as "#DIV/0!"). */
export type Recalculated = Record<string, Record<string, SpecValue>>;

const PYTHON = "/usr/bin/python3";

/**
 * Writes a workbook with openpyxl (no cached values), has LibreOffice headless open, recalculate
 * and save it as .xlsx, and reads the values of `read` back with openpyxl: three programs we did
 * not write between a formula and its value.
 */
export function recalcWithLibreOffice(
  sheets: readonly SheetSpec[],
  read: Record<string, readonly string[]>,
): Recalculated {
  const dir = mkdtempSync(path.join(tmpdir(), "chitieu-recalc-"));
  const input = path.join(dir, "cases.xlsx");
  writeFileSync(path.join(dir, "spec.json"), JSON.stringify({ sheets, read }));
  const write = [
    "import json, sys, openpyxl",
    "spec = json.load(open(sys.argv[1]))",
    "wb = openpyxl.Workbook()",
    "wb.remove(wb.active)",
    "for s in spec['sheets']:",
    "    ws = wb.create_sheet(s['name'])",
    "    for a, v in s['cells'].items():",
    "        ws[a] = v",
    "wb.save(sys.argv[2])",
  ].join("\n");
  execFileSync(PYTHON, ["-c", write, path.join(dir, "spec.json"), input], { timeout: 120_000 });
  mkdirSync(path.join(dir, "out"));
  convertWithLibreOffice(input, path.join(dir, "out"), dir);
  return readValues(path.join(dir, "out", "cases.xlsx"), read);
}

/**
 * LibreOffice opens the file (computing every formula without a cached value) and saves it as
 * .xlsx in `outDir`; its profile lives in `scratch`, away from any desktop LibreOffice.
 */
export function convertWithLibreOffice(file: string, outDir: string, scratch: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(scratch, "lo-profile")}`,
      "--headless",
      "--calc",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      file,
    ],
    { timeout: 300_000, stdio: "pipe" },
  );
}

/** The cached values of the cells `read` names, as openpyxl sees them. */
export function readValues(file: string, read: Record<string, readonly string[]>): Recalculated {
  const script = [
    "import json, sys, openpyxl",
    "read = json.load(open(sys.argv[2]))",
    "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)",
    "out = {}",
    "for sheet, cells in read.items():",
    "    ws = wb[sheet]",
    "    out[sheet] = {a: ws[a].value for a in cells}",
    "print(json.dumps(out, default=str))",
  ].join("\n");
  const list = `${file}.read.json`;
  writeFileSync(list, JSON.stringify(read));
  const json = execFileSync(PYTHON, ["-c", script, file, list], {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json) as Recalculated;
}
