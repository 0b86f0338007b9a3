/** The value axis of a chart: from `min` to `max` in steps of `step` (0 always on it). */
export interface ValueScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** 1, 2, 2.5 or 5 times a power of ten: the steps Excel's automatic axes take. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** An axis over the values with about `count` steps; 0–1 when there is nothing to draw. */
export function valueScale(values: ReadonlyArray<number | null>, count = 5): ValueScale {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(0, ...numbers);
  const high = Math.max(0, ...numbers);
  if (high === low) return { min: 0, max: 1, step: 0.25, ticks: [0, 0.25, 0.5, 0.75, 1] };
  const step = niceStep((high - low) / count);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 1e9; i += 1) {
    ticks.push(Number((min + i * step).toPrecision(12)));
  }
  return { min, max, step, ticks };
}
