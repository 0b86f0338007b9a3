import { performance } from "node:perf_hooks";

export interface Measurement {
  label: string;
  medianMs: number;
  minMs: number;
  runs: number;
}

/** Runs `work` once to warm up, then `runs` times; reports the median and the fastest. */
export function measure(label: string, work: () => unknown, runs = 7): Measurement {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { label, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], runs };
}

export function report(m: Measurement, goalMs?: number): void {
  const goal =
    goalMs === undefined
      ? ""
      : `  (goal ≤ ${goalMs} ms: ${m.medianMs <= goalMs ? "met" : "NOT met"})`;
  console.log(
    `${m.label}: median ${m.medianMs.toFixed(1)} ms, fastest ${m.minMs.toFixed(1)} ms over ${m.runs} runs${goal}`,
  );
}
