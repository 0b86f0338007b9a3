import type { Aggregation } from "../model/aggregation";
import { foldText } from "../text/normalize";

const SIMPLE: ReadonlyArray<[RegExp, Aggregation]> = [
  [/^(tong|cong|tong cong|sum|total)$/, { rule: "sum" }],
  [/^(trung binh|binh quan|tb|mean|average|avg)$/, { rule: "mean" }],
  [/^(nho nhat|thap nhat|min|minimum)$/, { rule: "min" }],
  [/^(lon nhat|cao nhat|max|maximum)$/, { rule: "max" }],
  [/^(tat ca|all)$/, { rule: "all" }],
  [/^(khong|khong tong hop|chi cap tren|none|parent only)$/, { rule: "none" }],
];

const WEIGHTED =
  /^(?:binh quan|trung binh|weighted mean|weighted average|mean|weighted) (?:theo|gia quyen theo|by|weighted by) (.+)$/;

/** The "Cách tổng hợp" column: tổng, trung bình, bình quân theo <mã>, nhỏ nhất, lớn nhất, tất cả, không. */
export function parseAggregation(text: string): Aggregation | undefined {
  const folded = foldText(text);
  for (const [pattern, aggregation] of SIMPLE) if (pattern.test(folded)) return aggregation;
  const weighted = WEIGHTED.exec(folded);
  if (weighted) {
    // The code keeps the case the user typed: take it from the original text's tail.
    const words = text.trim().split(/\s+/);
    const weightCode = words[words.length - 1] ?? weighted[1];
    return { rule: "weighted_mean", weightCode };
  }
  return undefined;
}
