import { benchEvaluate } from "./evaluate.bench";
import { benchTaskPane } from "./taskpane.bench";

async function main(): Promise<void> {
  console.log(`Chỉ tiêu benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  benchEvaluate();
  await benchTaskPane();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
