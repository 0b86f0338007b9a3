import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INDICATORS, UNITS, unitFile } from "./consolidate.bench";

const PYTHON = "/usr/bin/python3";

/** Reads every file with one reader in a fresh process; prints its time and peak RSS. */
const NODE_READER = (reader: "xlsx" | "exceljs") => `
const { readFileSync } = require("node:fs");
const { openXlsx } = require("./src/hosts/xlsx");
const { openWorkbook } = require("./src/hosts/exceljs/openWorkbook");
// Modules are compiled (ts-node) before the clock starts.
const started = performance.now();
(async () => {
  let cells = 0;
  for (const file of JSON.parse(process.argv[1])) {
    const bytes = readFileSync(file);
    const snapshot = ${
      reader === "xlsx" ? `openXlsx(bytes).read()` : `(await openWorkbook(bytes)).read()`
    };
    for (const sheet of (await snapshot).sheets) cells += sheet.values.length * (sheet.values[0]?.length ?? 0);
  }
  console.log(JSON.stringify({ ms: performance.now() - started, cells, rss: process.resourceUsage().maxRSS / 1024 }));
})();`;

const PY_READER = `
import json, sys, time, resource, openpyxl
started = time.perf_counter()
cells = 0
for f in json.loads(sys.argv[1]):
    wb = openpyxl.load_workbook(f)
    for ws in wb.worksheets: cells += ws.max_row * ws.max_column
print(json.dumps({"ms": (time.perf_counter() - started) * 1000, "cells": cells,
  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))`;

interface Run {
  ms: number;
  cells: number;
  rss: number;
  wallMs: number;
}

function runNode(reader: "xlsx" | "exceljs", files: string[]): Run {
  const started = Date.now();
  const out = execFileSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "-e", NODE_READER(reader), JSON.stringify(files)],
    { encoding: "utf8", cwd: join(__dirname, "..") },
  );
  return { ...JSON.parse(out.trim().split("\n").pop() as string), wallMs: Date.now() - started };
}

function runPython(files: string[]): Run | string {
  const check = spawnSync(PYTHON, ["-c", "import openpyxl"]);
  if (check.status !== 0)
    return "openpyxl is missing (/usr/bin/python3 -c 'import openpyxl' failed)";
  const started = Date.now();
  const out = execFileSync(PYTHON, ["-c", PY_READER, JSON.stringify(files)], { encoding: "utf8" });
  return { ...JSON.parse(out.trim()), wallMs: Date.now() - started };
}

const line = (label: string, r: Run, base?: Run) =>
  `  ${label}: read ${r.ms.toFixed(0)} ms (${base ? `${(r.ms / base.ms).toFixed(2)}× openpyxl; ` : ""}` +
  `whole process ${r.wallMs} ms), peak RSS ${r.rss.toFixed(0)} MB, ${r.cells} cells`;

/**
 * Reading 50 ward files × 200 indicators (consolidate's generator): the streaming reader, the
 * ExcelJS gateway and openpyxl's load, each in its own process so peak RSS is its own.
 */
export async function benchXlsxRead(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-xread-"));
  try {
    const files: string[] = [];
    for (let u = 0; u < UNITS; u++) {
      const path = join(dir, `phuong-${u + 1}.xlsx`);
      await writeFile(path, await unitFile(u));
      files.push(path);
    }
    console.log(
      `xlsxRead: ${UNITS} ward files × ${INDICATORS} indicators, one process per reader:`,
    );
    const python = runPython(files);
    const base = typeof python === "string" ? undefined : python;
    if (typeof python === "string") console.log(`  openpyxl: skipped — ${python}`);
    else console.log(line("openpyxl load_workbook", python));
    console.log(line("new reader (fflate + saxes)", runNode("xlsx", files), base));
    console.log(line("ExcelJS gateway", runNode("exceljs", files), base));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
