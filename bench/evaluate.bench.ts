import { checkPlan } from "../src/engine/check/checkPlan";
import { evaluateIndicator } from "../src/engine/evaluate/evaluateIndicator";
import { evaluationOptions } from "../src/engine/evaluate/options";
import type { RawIndicatorRow } from "../src/engine/read/rawRow";
import { readIndicator } from "../src/engine/read/readIndicator";
import { measure, report } from "./measure";

const COUNT = 100_000;

/** Rows like a real plan sheet's: targets as text and numbers, figures typed both ways. */
const SHAPES: Array<Omit<RawIndicatorRow["cells"], "name">> = [
  { unit: { value: "%" }, target: { value: "từ 12% trở lên" }, actual: { value: 12.4 } },
  { unit: { value: "%" }, target: { value: "13-14%" }, actual: { value: "13,2" } },
  {
    unit: { value: "vụ" },
    baseline: { value: 210 },
    target: { value: "giảm 3-5%" },
    actual: { value: 199 },
  },
  {
    unit: { value: "tỷ đồng" },
    cumulative: { value: "có" },
    target: { value: "8.664,9" },
    actual: { value: "4.402,5" },
  },
  { unit: { value: "đồ án" }, target: { value: "hoàn thành 3 đồ án" }, actual: { value: 2 } },
  {
    unit: { value: "%" },
    target: { value: 0.935, numFmt: "0.0%" },
    actual: { value: 0.94, numFmt: "0.0%" },
  },
  {
    unit: { value: "công trình" },
    target: { value: "hoàn thành" },
    actual: { value: "Đang thực hiện" },
  },
  {
    unit: { value: "%" },
    kind: { value: "≤" },
    target: { value: "2,97" },
    actual: { value: "3,1" },
  },
];

function rows(): RawIndicatorRow[] {
  const out: RawIndicatorRow[] = [];
  for (let i = 0; i < COUNT; i += 1) {
    const shape = SHAPES[i % SHAPES.length];
    out.push({
      sheet: "KH",
      row: i + 5,
      cells: { ...shape, code: { value: `CT${i}` }, name: { value: `Chỉ tiêu ${i}` } },
    });
  }
  return out;
}

export function benchEvaluate(): void {
  const raw = rows();
  const options = evaluationOptions({ period: "6m" });
  const indicators = raw.map((row) => readIndicator(row, { numberStyle: "vi" }).indicator);
  report(
    measure(`evaluate ${COUNT.toLocaleString("en")} parsed indicators`, () => {
      for (const indicator of indicators) evaluateIndicator(indicator, options);
    }),
    100,
  );
  report(
    measure(
      `check ${COUNT.toLocaleString("en")} raw rows (parse targets and numbers, evaluate, summarize)`,
      () => checkPlan(raw, { period: "6m" }),
    ),
  );
}
