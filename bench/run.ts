import { benchEvaluate } from "./evaluate.bench";

console.log(`Chỉ tiêu benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
benchEvaluate();
