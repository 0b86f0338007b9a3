import { benchEvaluate } from "./evaluate.bench";
import { benchReadSheet } from "./readSheet.bench";
import { benchTaskPane } from "./taskpane.bench";
import { benchXlsx } from "./xlsx.bench";

async function run(): Promise<void> {
  console.log(`Chỉ tiêu benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  benchEvaluate();
  benchReadSheet();
  await benchXlsx();
  await benchTaskPane();
}

void run();
