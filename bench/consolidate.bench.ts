import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWorkbook } from "../src/hosts/xlsx";
import {
  compiledCliNote,
  goal,
  startupLine,
  timedCli,
  usageText,
  type ProcessRun,
} from "./cliProcess";
import { consolidatePhases } from "./consolidatePhases";
import { openpyxlLoad, type Run } from "./openpyxlLoad";
import { changeSet, type WriteValue } from "../src/workbook/changeSet";

export const UNITS = 50;
export const INDICATORS = 200;
const RUNS = 5;

/** One sub-unit's sheet: a title block, then 200 coded indicators, every one a sum. */
export async function unitFile(u: number): Promise<Uint8Array> {
  const sheet = `KH 2023 - Phường ${u + 1}`;
  const rows: WriteValue[][] = [
    [`ỦY BAN NHÂN DÂN PHƯỜNG ${u + 1}`],
    ["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023"],
    [`Đơn vị: Phường ${u + 1}`],
    [],
    [
      "STT",
      "Mã",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Cách tổng hợp",
      "Kế hoạch",
      "Thực hiện",
      "Ước cả năm",
    ],
  ];
  for (let i = 0; i < INDICATORS; i++) {
    const target = 100 + ((i * 37 + u * 11) % 900);
    rows.push([
      i + 1,
      `C${String(i + 1).padStart(3, "0")}`,
      `Chỉ tiêu số ${i + 1}`,
      "tỷ đồng",
      "tổng",
      target,
      Math.round(target * (0.8 + ((i + u) % 5) * 0.1) * 10) / 10,
      target,
    ]);
  }
  const width = 8;
  const padded = rows.map((r) => [...r, ...Array<WriteValue>(width - r.length).fill(null)]);
  const workbook = createWorkbook();
  await workbook.apply(
    changeSet([
      { kind: "addSheet", sheet },
      { kind: "values", sheet, anchor: "A1", rows: padded },
    ]),
  );
  return workbook.toBuffer();
}

const RUNS_LARGE = 1;
/** Issue 11's second set: a province's 168 wards. */
const LARGE_UNITS = 168;

async function writeUnits(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  for (let u = 0; u < count; u++) {
    const path = join(dir, `phuong-${u + 1}.xlsx`);
    await writeFile(path, await unitFile(u));
    files.push(path);
  }
  return files;
}

/** The middle value (the lower of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * openpyxl's load and `chitieu consolidate` of the same files, run in turn `pairs` times: on a
 * machine whose speed drifts from minute to minute (shared cores), each ratio compares two runs
 * made a second apart, and the median ratio is steadier than a ratio of two medians taken
 * minutes apart.
 */
function pairedRuns(files: string[], args: string[], pairs: number) {
  const runs: Array<{ load: Run | undefined; run: ProcessRun }> = [];
  for (let i = 0; i < pairs; i++) {
    const python = openpyxlLoad(files);
    if (typeof python === "string" && i === 0) console.log(`  openpyxl load: skipped — ${python}`);
    runs.push({ load: typeof python === "string" ? undefined : python, run: timedCli(args) });
  }
  const loads = runs.flatMap((r) => (r.load ? [{ load: r.load, run: r.run }] : []));
  const byWall = [...runs].sort((a, b) => a.run.ms - b.run.ms);
  const run = byWall[Math.floor((byWall.length - 1) / 2)].run;
  if (loads.length === 0) return { run };
  const load = {
    wallMs: median(loads.map((l) => l.load.wallMs)),
    cpuMs: median(loads.map((l) => l.load.cpuMs)),
    rss: median(loads.map((l) => l.load.rss)),
  };
  console.log(
    `  openpyxl load_workbook, whole process: ${load.wallMs.toFixed(0)} ms wall, ${load.cpuMs.toFixed(0)} ms CPU, peak RSS ${load.rss.toFixed(0)} MB`,
  );
  const ratio = median(loads.map((l) => l.run.ms / l.load.wallMs));
  const cpuRatio = median(loads.map((l) => l.run.cpuMs / l.load.cpuMs));
  const each = loads.map((l) => (l.run.ms / l.load.wallMs).toFixed(2)).join(", ");
  return { run, ratio, cpuRatio, each };
}

/**
 * `chitieu consolidate` as a whole process (the compiled CLI in a child process), beside
 * openpyxl's load of the same files: 50 ward files × 200 indicators (goal ≤ 1.0× openpyxl's
 * load) and 168 (goal ≤ 10 s and ≤ 500 MB). CPU time is printed beside wall time: on a machine
 * shared with other work, wall time grows with the load and CPU time much less. Start-up and
 * the command's steps (one process each) say where the time goes.
 */
export async function benchConsolidate(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-"));
  try {
    const cli = compiledCliNote();
    const files = await writeUnits(dir, LARGE_UNITS);
    const out = join(dir, "tong-hop.xlsx");
    console.log(`consolidate, ${cli}:`);
    console.log(startupLine());
    for (const [count, runs] of [
      [UNITS, RUNS],
      [LARGE_UNITS, RUNS_LARGE],
    ]) {
      const some = files.slice(0, count);
      console.log(
        `consolidate ${count} sub-unit .xlsx files × ${INDICATORS} indicators, ${runs} pair(s) of runs (openpyxl, then chitieu), medians:`,
      );
      await rm(out, { force: true });
      const { run, ratio, cpuRatio, each } = pairedRuns(
        some,
        ["consolidate", ...some, "--out", out],
        runs,
      );
      const goals =
        count === UNITS
          ? ratio === undefined
            ? ""
            : ` goal ≤ 1.0× openpyxl: ${goal(ratio <= 1)}`
          : ` goals ≤ 10 s: ${goal(run.ms <= 10_000)}, ≤ 500 MB: ${goal(run.peakMb <= 500)}`;
      const ratios =
        ratio === undefined || cpuRatio === undefined
          ? ""
          : ` (${ratio.toFixed(2)}× openpyxl's load wall, ${cpuRatio.toFixed(2)}× its CPU; each pair: ${each})`;
      console.log(
        `  chitieu consolidate (open, read, consolidate, write), whole process: ${usageText(run)}${ratios};${goals}`,
      );
      console.log(consolidatePhases(some));
      await rm(out, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
