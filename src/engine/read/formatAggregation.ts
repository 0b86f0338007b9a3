import type { Aggregation } from "../model/aggregation";
import type { Language } from "../model/status";

const LABELS: Record<Language, Record<Exclude<Aggregation["rule"], "weighted_mean">, string>> = {
  vi: {
    sum: "tổng",
    mean: "trung bình",
    min: "nhỏ nhất",
    max: "lớn nhất",
    all: "tất cả",
    none: "không",
  },
  en: { sum: "sum", mean: "mean", min: "min", max: "max", all: "all", none: "none" },
};

/** The "Cách tổng hợp" text that parseAggregation reads back. */
export function formatAggregation(aggregation: Aggregation, lang: Language = "vi"): string {
  if (aggregation.rule === "weighted_mean") {
    return lang === "vi"
      ? `bình quân theo ${aggregation.weightCode}`
      : `weighted by ${aggregation.weightCode}`;
  }
  return LABELS[lang][aggregation.rule];
}
