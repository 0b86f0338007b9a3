import { benchEvaluate } from "./evaluate.bench";
import { benchReadSheet } from "./readSheet.bench";

console.log(`Chỉ tiêu benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
benchEvaluate();
benchReadSheet();
