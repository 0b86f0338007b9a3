import { execFileSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { createWorkbook, openWorkbook } from "../../../src/hosts/xlsx";
import type { WardWorkbook } from "../../../src/workbook/distribute/wardWorkbook";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { convertWithLibreOffice } from "../../support/libreOfficeRecalc";
import type { Filling } from "./wardFilling";

const PYTHON = "/usr/bin/python3";

/** Writes a distributed workbook to `folder` as the command line does; returns its path. */
export async function writeWard(folder: string, ward: WardWorkbook): Promise<string> {
  const book = createWorkbook();
  await book.apply(ward.changes);
  const file = path.join(folder, ward.fileName);
  writeFileSync(file, await book.toBuffer());
  return file;
}

export interface Typing {
  /** The distributed file. */
  from: string;
  /** Where the ward saves it. */
  to: string;
  sheet: string;
  cells: Filling;
  /** When the file says it was saved (ISO 8601, UTC); openpyxl keeps the one it read otherwise. */
  saved?: string;
}

/**
 * Types each ward's figures with openpyxl, as a ward's clerk would in any spreadsheet program
 * (openpyxl ignores sheet protection, as an unprotected copy would), and saves each file.
 */
export function typeWithOpenpyxl(folder: string, typings: readonly Typing[]): void {
  const spec = path.join(folder, `typing-${Date.now()}.json`);
  writeFileSync(spec, JSON.stringify(typings));
  const script = [
    "import json, sys, datetime, openpyxl",
    "for t in json.load(open(sys.argv[1])):",
    "    wb = openpyxl.load_workbook(t['from'])",
    "    ws = wb[t['sheet']]",
    "    for a, v in t['cells'].items():",
    "        ws[a] = v",
    "    if t.get('saved'):",
    "        wb.properties.modified = datetime.datetime.strptime(t['saved'], '%Y-%m-%dT%H:%M:%SZ')",
    "    wb.save(t['to'])",
  ].join("\n");
  execFileSync(PYTHON, ["-c", script, spec], { timeout: 300_000 });
}

/**
 * Opens every file in LibreOffice headless, which computes the formulas as it loads them, and
 * saves it as .xlsx into `outDir`: the copy a ward using LibreOffice would send.
 */
export function saveWithLibreOffice(
  files: readonly string[],
  outDir: string,
  scratch: string,
): void {
  mkdirSync(outDir, { recursive: true });
  for (const file of files) convertWithLibreOffice(file, outDir, scratch);
}

export async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  const gateway = await openWorkbook(new Uint8Array(readFileSync(file)), {
    fileName: path.basename(file),
  });
  return gateway.read();
}
