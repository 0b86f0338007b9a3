import { execFileSync, spawnSync } from "node:child_process";

const PYTHON = "/usr/bin/python3";

const PY_READER = `
import json, sys, time, resource, openpyxl
started = time.perf_counter()
cells = 0
for f in json.loads(sys.argv[1]):
    wb = openpyxl.load_workbook(f)
    for ws in wb.worksheets: cells += ws.max_row * ws.max_column
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"ms": (time.perf_counter() - started) * 1000, "cells": cells,
  "rss": usage.ru_maxrss / 1024, "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000}))`;

/** A reader's run in its own process: its reading time, whole-process time, CPU time and peak RSS. */
export interface Run {
  ms: number;
  cells: number;
  rss: number;
  wallMs: number;
  /** User + system CPU time of the whole process. */
  cpuMs: number;
}

/**
 * openpyxl's load_workbook over the files, in its own process (Debian's python3-openpyxl), the
 * yardstick of issue 11; a sentence saying why when it cannot run here.
 */
export function openpyxlLoad(files: string[]): Run | string {
  const check = spawnSync(PYTHON, ["-c", "import openpyxl"]);
  if (check.status !== 0)
    return "openpyxl is missing (/usr/bin/python3 -c 'import openpyxl' failed)";
  const started = Date.now();
  const out = execFileSync(PYTHON, ["-c", PY_READER, JSON.stringify(files)], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return { ...JSON.parse(out.trim()), wallMs: Date.now() - started };
}
