import { TARGET_KINDS, type TargetKind } from "../model/target";
import { foldDashes, foldText } from "../text/normalize";
import { TARGET_KIND_LABELS } from "./targetKindLabels";

export { applyKind } from "./applyKind";
export { TARGET_KIND_LABELS } from "./targetKindLabels";

/** What people type in the "Loại chỉ tiêu" column, folded, besides the labels and the ids. */
const ALIASES: Record<TargetKind, readonly string[]> = {
  at_least: [
    ">=",
    "=>",
    "≥",
    "⩾",
    "toi thieu",
    "it nhat",
    "khong duoi",
    "tro len",
    "lon hon hoac bang",
    "at least",
    "min",
    "minimum",
    "no less than",
  ],
  at_most: [
    "<=",
    "=<",
    "≤",
    "⩽",
    "toi da",
    "khong qua",
    "khong vuot qua",
    "tro xuong",
    "nho hon hoac bang",
    "at most",
    "max",
    "maximum",
    "no more than",
  ],
  range: ["khoang", "trong khoang", "tu den", "range", "between"],
  increase: ["tang", "tang them", "vuot", "increase", "up"],
  decrease: ["giam", "keo giam", "decrease", "reduce", "down"],
  maintain: ["duy tri", "giu vung", "giu", "on dinh", "maintain", "keep"],
  milestone: [
    "hoan thanh",
    "hoan tat",
    "moc",
    "moc hoan thanh",
    "milestone",
    "complete",
    "completed",
    "done",
  ],
};

/** Folded, with "_" and "-" between words read as spaces and spaces around ≥ ≤ < > = dropped. */
function kindKey(text: string): string {
  return foldText(
    foldDashes(text)
      .replace(/[_.:;,()"'“”]/g, " ")
      .replace(/(\p{L})-(?=\p{L})/gu, "$1 "),
  )
    .replace(/ ?([<>=≥≤⩾⩽]) ?/gu, "$1")
    .trim();
}

function buildLookup(): ReadonlyMap<string, TargetKind> {
  const lookup = new Map<string, TargetKind>();
  for (const kind of TARGET_KINDS) {
    const names = [
      kind,
      TARGET_KIND_LABELS.vi[kind],
      TARGET_KIND_LABELS.en[kind],
      ...ALIASES[kind],
    ];
    for (const name of names) lookup.set(kindKey(name), kind);
  }
  return lookup;
}

const LOOKUP = buildLookup();

/**
 * Reads the "Loại chỉ tiêu" (target kind) column: the drop-down labels ("≥", "≤", "khoảng",
 * "tăng", "giảm", "duy trì", "hoàn thành"; "at least", "at most", "range", …), the kind ids
 * ("at_least"), and common wordings ("tối thiểu", "ít nhất", "tối đa", "không quá", "mốc",
 * "min", "max", "between", "reduce", "milestone"…), whatever the case, diacritics or spacing.
 * ">" and "<" are not kinds: a kind cannot say "strictly"; type "trên 70" in the target instead.
 * Undefined when the text names no kind.
 */
export function parseTargetKind(text: string): TargetKind | undefined {
  if (typeof text !== "string") return undefined;
  return LOOKUP.get(kindKey(text));
}
