import { performance } from "node:perf_hooks";
import { basename } from "node:path";
import { demoCommand } from "../src/cli/commands/demoCommand";
import { openWorkbook } from "../src/hosts/xlsx";
import { importSheetsInto } from "../src/preview/importSheets";

const RUNS = 7;

/** The files `chitieu demo` writes, in memory. */
async function demoFiles(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  await demoCommand(
    {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: () => Promise.reject(new Error("not read")),
      writeFile: async (file, data) => void files.set(basename(file), data),
    },
    "demo",
    "vi",
  );
  return files;
}

/**
 * The preview's import of the demo's ward files into the district's plan (what "Nhập file .xlsx
 * của đơn vị…" does in the page, without the page): time per import, median of RUNS after a
 * warm-up, and what it wrote.
 */
export async function benchPreviewImport(): Promise<void> {
  const files = await demoFiles();
  const parent = files.get("quan-7-ke-hoach-2023.xlsx");
  if (!parent) throw new Error("the demo wrote no district plan");
  const wards = [...files.keys()].filter((f) => f.startsWith("phuong-") && !f.includes("checked"));
  console.log("preview import of the demo's ward files into Quận 7's plan:");
  for (const count of [3, 10]) {
    const chosen = wards.slice(0, count);
    const bytes = chosen.map((f) => files.get(f) as Uint8Array);
    const times: number[] = [];
    let written = { sheets: [] as string[], cells: 0, merges: 0 };
    for (let run = 0; run <= RUNS; run += 1) {
      const target = await openWorkbook(parent);
      const start = performance.now();
      const names = await importSheetsInto(target, bytes, { names: chosen, lang: "vi" });
      const ms = performance.now() - start;
      if (run > 0) times.push(ms);
      const read = await target.read({ sheets: names.flat() });
      written = {
        sheets: names.flat(),
        cells: read.sheets.reduce(
          (sum, s) => sum + s.values.flat().filter((v) => v !== null && v !== "").length,
          0,
        ),
        merges: read.sheets.reduce((sum, s) => sum + s.merges.length, 0),
      };
    }
    times.sort((a, b) => a - b);
    const kb = bytes.reduce((sum, b) => sum + b.length, 0) / 1024;
    console.log(
      `  ${count} files (${kb.toFixed(0)} KB): median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, ` +
        `fastest ${times[0].toFixed(1)} ms over ${RUNS} runs; wrote ${written.sheets.length} sheets, ` +
        `${written.cells} cells with values, ${written.merges} merged areas` +
        (count === 3 ? ` (${written.sheets.join(", ")})` : ""),
    );
  }
}
