import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compiledCliNote, timedCli, usageText } from "./cliProcess";
import { largePlanFile } from "./largePlanFile";
import { openpyxlLoad } from "./openpyxlLoad";

const ROWS = 100_000;

/**
 * `chitieu check` of one sheet of 100,000 indicator rows, and `check --out`, each a whole
 * process (the compiled CLI), beside openpyxl's load of the same file: time and peak memory.
 */
export async function benchCheckLarge(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-large-"));
  try {
    const cli = compiledCliNote();
    const file = join(dir, "kh-100000.xlsx");
    await writeFile(file, await largePlanFile(ROWS));
    console.log(`check of one sheet of ${ROWS.toLocaleString("en")} rows, ${cli}:`);
    const python = openpyxlLoad([file]);
    if (typeof python === "string") console.log(`  openpyxl load: skipped — ${python}`);
    else
      console.log(
        `  openpyxl load_workbook, whole process: ${python.wallMs} ms wall, ${python.cpuMs.toFixed(0)} ms CPU, peak RSS ${python.rss.toFixed(0)} MB`,
      );
    for (const args of [
      ["check", file],
      ["check", file, "--out", join(dir, "out.xlsx")],
    ]) {
      const run = timedCli(args);
      const ratio =
        typeof python === "string"
          ? ""
          : ` (${(run.ms / python.wallMs).toFixed(2)}× openpyxl's load wall, ${(run.cpuMs / python.cpuMs).toFixed(2)}× its CPU)`;
      console.log(
        `  chitieu ${args.includes("--out") ? "check --out" : "check"}, whole process: ` +
          `${usageText(run)}${ratio}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
