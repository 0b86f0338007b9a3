import { rmSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { resvgPng } from "../src/cli/resvgPng";
import { getTemplate } from "../src/engine/templates/catalogue";
import { createWorkbook } from "../src/hosts/xlsx";
import { planDocx } from "../src/report/docx/planDocx";
import { changeSet } from "../src/workbook/changeSet";
import { checkWorkbook } from "../src/workbook/check/checkWorkbook";
import { demoWards } from "../src/workbook/demo/demoRoster";
import { fillDemoFigures } from "../src/workbook/demo/fillDemoFigures";
import { wardAllocation } from "../src/workbook/demo/wardAllocation";
import { planReport } from "../src/workbook/report/planReport";
import { templateChanges } from "../src/workbook/templates/templateChanges";
import { compiledCliNote, goal, medianCli } from "./cliProcess";

/** Issue 15: a province and its 168 communes, wards and special zones. */
const SUB_UNITS = 168;
const RUNS = 3;

/**
 * The province's workbook as the pane has it after importing the sub-units' files: the province
 * plan (54 indicators) and 168 ward sheets (39 each), figures for the year, each sub-unit's
 * targets its share of the province's.
 */
export async function provinceWorkbook(): Promise<Uint8Array> {
  const names = Array.from({ length: SUB_UNITS }, (_, i) => `Phường ${i + 1}`);
  const workbook = createWorkbook();
  const made = templateChanges({
    template: "province-plan",
    unit: "Thành phố Hồ Chí Minh",
    year: 2025,
    subUnits: names,
    lang: "vi",
  });
  await workbook.apply(changeSet(made.changes));
  const blank = await workbook.read();
  const province = [getTemplate("province-plan"), getTemplate("ward-plan")];
  const ward = [getTemplate("ward-plan"), getTemplate("province-plan")];
  const shares = wardAllocation(province[0], ward[0], demoWards(names));
  const figures = blank.sheets.flatMap((sheet, index) =>
    fillDemoFigures(
      sheet,
      index === 0 ? province : ward,
      "year",
      index,
      index === 0 ? undefined : shares.get(names[index - 1]),
    ),
  );
  await workbook.apply(changeSet(figures));
  return workbook.toBuffer();
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The Word report of a province with 168 sub-units: in process (check, report, .docx with its
 * chart drawn by resvg), then `chitieu report` as a whole process on the saved workbook.
 */
export async function benchReport(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-report-"));
  try {
    const bytes = await provinceWorkbook();
    const file = join(dir, "tinh.xlsx");
    await writeFile(file, bytes);
    const { openWorkbook } = await import("../src/hosts/xlsx");
    const snapshot = await (await openWorkbook(bytes)).read();
    const timings = { check: [] as number[], report: [] as number[], docx: [] as number[] };
    let size = 0;
    let units = 0;
    for (let run = 0; run <= RUNS; run += 1) {
      const t0 = performance.now();
      const check = checkWorkbook(snapshot, { highlight: false });
      const t1 = performance.now();
      const report = planReport(check);
      const t2 = performance.now();
      const docx = await planDocx(report, resvgPng);
      const t3 = performance.now();
      size = docx.length;
      units = report.subUnits?.rows.length ?? 0;
      if (run === 0) continue; // warm-up
      timings.check.push(t1 - t0);
      timings.report.push(t2 - t1);
      timings.docx.push(t3 - t2);
    }
    console.log(
      `report: a province with ${units} sub-units (${snapshot.sheets.length} sheets), median of ${RUNS} in process:`,
    );
    console.log(
      `  check ${median(timings.check).toFixed(0)} ms, report text ${median(timings.report).toFixed(0)} ms, ` +
        `.docx with its chart ${median(timings.docx).toFixed(0)} ms (${(size / 1024).toFixed(0)} KiB)`,
    );
    const out = join(dir, "bao-cao.docx");
    const cli = compiledCliNote();
    const runs = Array.from({ length: RUNS }, () => {
      const one = medianCli(["report", file, "--out", out], 1);
      rmSync(out, { force: true });
      return one;
    });
    const whole = runs.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)];
    console.log(
      `  chitieu report (open, read, check, write .docx), ${cli}, whole process: ${whole.ms.toFixed(0)} ms ` +
        `(peak RSS ${whole.peakMb.toFixed(0)} MB); goal ≤ 10 s: ${goal(whole.ms <= 10_000)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
