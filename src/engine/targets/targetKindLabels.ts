import type { Language } from "../model/status";
import type { TargetKind } from "../model/target";

/** What the "Loại chỉ tiêu" drop-down offers, per language; parseTargetKind reads each back. */
export const TARGET_KIND_LABELS: Record<Language, Record<TargetKind, string>> = {
  vi: {
    at_least: "≥",
    at_most: "≤",
    range: "khoảng",
    increase: "tăng",
    decrease: "giảm",
    maintain: "duy trì",
    milestone: "hoàn thành",
  },
  en: {
    at_least: "at least",
    at_most: "at most",
    range: "range",
    increase: "increase",
    decrease: "decrease",
    maintain: "maintain",
    milestone: "complete",
  },
};
