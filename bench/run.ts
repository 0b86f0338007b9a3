import { benchCheckLarge } from "./checkLarge.bench";
import { benchConsolidate } from "./consolidate.bench";
import { benchDistribute } from "./distribute.bench";
import { benchEvaluate } from "./evaluate.bench";
import { benchMutants } from "./mutants.bench";
import { benchPane168 } from "./pane168.bench";
import { benchPreviewImport } from "./previewImport.bench";
import { benchReadSheet } from "./readSheet.bench";
import { benchReport } from "./report.bench";
import { benchTaskPane } from "./taskpane.bench";
import { benchXlsx } from "./xlsx.bench";
import { benchXlsxRead } from "./xlsxRead.bench";
import { benchXlsxBundle } from "./xlsxBundle.bench";

const BENCHES: Record<string, () => unknown> = {
  evaluate: benchEvaluate,
  readSheet: benchReadSheet,
  xlsx: benchXlsx,
  taskpane: benchTaskPane,
  consolidate: benchConsolidate,
  distribute: benchDistribute,
  xlsxRead: benchXlsxRead,
  checkLarge: benchCheckLarge,
  xlsxBundle: benchXlsxBundle,
  mutants: benchMutants,
  report: benchReport,
  previewImport: benchPreviewImport,
  pane168: benchPane168,
};

/** `npm run bench` runs them all; `npm run bench -- consolidate xlsx` only those named. */
async function run(): Promise<void> {
  console.log(`Chỉ tiêu benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench: ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`,
    );
    process.exitCode = 2;
    return;
  }
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (asked.length === 0 || asked.includes(name)) await bench();
  }
}

void run();
