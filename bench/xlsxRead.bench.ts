import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INDICATORS, UNITS, unitFile } from "./consolidate.bench";
import { openpyxlLoad, type Run } from "./openpyxlLoad";

/** Reads every file with one reader in a fresh process; prints its time and peak RSS. */
const NODE_READER = `
const { readFileSync } = require("node:fs");
const { openXlsx } = require("./src/hosts/xlsx");
// Modules are compiled (ts-node) before the clock starts.
const started = performance.now();
(async () => {
  let cells = 0;
  for (const file of JSON.parse(process.argv[1])) {
    const bytes = readFileSync(file);
    const snapshot = openXlsx(bytes).read();
    for (const sheet of (await snapshot).sheets) cells += sheet.values.length * (sheet.values[0]?.length ?? 0);
  }
  console.log(JSON.stringify({ ms: performance.now() - started, cells, rss: process.resourceUsage().maxRSS / 1024 }));
})();`;

function runNode(files: string[]): Run {
  const started = Date.now();
  const out = execFileSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", "-e", NODE_READER, JSON.stringify(files)],
    { encoding: "utf8", cwd: join(__dirname, "..") },
  );
  return { ...JSON.parse(out.trim().split("\n").pop() as string), wallMs: Date.now() - started };
}

const line = (label: string, r: Run, base?: Run) =>
  `  ${label}: read ${r.ms.toFixed(0)} ms (${base ? `${(r.ms / base.ms).toFixed(2)}× openpyxl; ` : ""}` +
  `whole process ${r.wallMs} ms), peak RSS ${r.rss.toFixed(0)} MB, ${r.cells} cells`;

/**
 * Reading 50 ward files × 200 indicators (consolidate's generator): the streaming reader and
 * openpyxl's load, each in its own process so peak RSS is its own.
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
    const python = openpyxlLoad(files);
    const base = typeof python === "string" ? undefined : python;
    if (typeof python === "string") console.log(`  openpyxl: skipped — ${python}`);
    else console.log(line("openpyxl load_workbook", python));
    console.log(line("streaming reader (fflate + saxes)", runNode(files), base));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
