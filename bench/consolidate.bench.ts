import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main";
import type { CliIo } from "../src/cli/io";
import { createWorkbook } from "../src/hosts/xlsx";
import { openpyxlLoad } from "./openpyxlLoad";
import { changeSet, type WriteValue } from "../src/workbook/changeSet";

export const UNITS = 50;
export const INDICATORS = 200;
const RUNS = 3;

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

const quietIo: CliIo = {
  stdout: () => undefined,
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: async (path, data) => writeFile(path, data),
};

async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

/** `chitieu consolidate` over 50 sub-unit files of 200 indicators, beside openpyxl's load alone. */
export async function benchConsolidate(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-"));
  try {
    const files: string[] = [];
    for (let u = 0; u < UNITS; u++) {
      const path = join(dir, `phuong-${u + 1}.xlsx`);
      await writeFile(path, await unitFile(u));
      files.push(path);
    }
    const out = join(dir, "tong-hop.xlsx");
    console.log(
      `consolidate ${UNITS} sub-unit .xlsx files × ${INDICATORS} indicators (median of ${RUNS}):`,
    );
    const python = openpyxlLoad(files);
    const load = typeof python === "string" ? undefined : python.wallMs;
    if (typeof python === "string") console.log(`  openpyxl load: skipped — ${python}`);
    else
      console.log(
        `  openpyxl load_workbook, whole process: ${python.wallMs} ms (peak RSS ${python.rss.toFixed(0)} MB)`,
      );
    let exit = 0;
    const cli = await median(async () => {
      exit = await main(["consolidate", ...files, "--out", out], quietIo);
    });
    if (exit !== 0) throw new Error(`chitieu consolidate exited ${exit}`);
    console.log(
      `  chitieu consolidate (open, read, consolidate, write): ${cli.toFixed(0)} ms ` +
        `(${load === undefined ? "" : `${(cli / load).toFixed(2)}× openpyxl's load; `}peak RSS ${peakMb()} MB)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
