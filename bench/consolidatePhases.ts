import { timedNode } from "./cliProcess";

/**
 * The consolidate command's steps, timed one by one in a process of their own on the compiled
 * modules (what `chitieu consolidate` runs, without the CLI around it): reading the wards,
 * consolidating, building the change set, the writer applying it, zipping.
 */
const PHASES = `
const { readFileSync } = require("node:fs");
const zlib = require("node:zlib");
const started = performance.now();
const { openWorkbook, createWorkbook, useDeflate, useNativeZip } = require("./build/cli/hosts/xlsx");
const { consolidateUnitTables } = require("./build/cli/workbook/consolidate/consolidateWorkbooks");
const { readUnitTables } = require("./build/cli/workbook/consolidate/unitTables");
const { consolidationSheets } = require("./build/cli/workbook/consolidate/consolidationSheets");
useDeflate((data) => zlib.deflateRawSync(data, { level: 3 }));
useNativeZip({ inflate: (d, max) => zlib.inflateRawSync(d, { maxOutputLength: max }), crc32: zlib.crc32 });
const phases = {};
let at = performance.now();
phases.modules = at - started;
const lap = (name) => { const now = performance.now(); phases[name] = now - at; at = now; };
(async () => {
  const units = [];
  for (const [book, file] of JSON.parse(process.argv[1]).entries()) {
    const workbook = await openWorkbook(readFileSync(file), { fileName: file });
    units.push(readUnitTables(await workbook.read(), book));
  }
  lap("read");
  const result = consolidateUnitTables(units, undefined, { lang: "vi" });
  lap("consolidate");
  const workbook = createWorkbook();
  const sheets = consolidationSheets(result, { lang: "vi", existingSheets: [] });
  lap("changeSet");
  await workbook.apply(sheets.changes);
  lap("apply");
  await workbook.toBuffer();
  lap("zip");
  console.log(JSON.stringify(phases));
})();`;

/** "read 120 ms, consolidate 300 ms, …" for the files, from one run. */
export function consolidatePhases(files: string[]): string {
  const run = timedNode(["-e", PHASES, JSON.stringify(files)]);
  const phases = JSON.parse(run.stdout.trim().split("\n").pop() as string) as Record<
    string,
    number
  >;
  const steps = Object.entries(phases)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(", ");
  return `  steps in one process (ms): ${steps}; peak RSS ${run.peakMb.toFixed(0)} MB`;
}
