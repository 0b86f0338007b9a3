import { foldText } from "../text/normalize";

/** Đồng per unit of each money unit people write in Đơn vị tính. */
const MONEY_SCALES: Array<[RegExp, number, string, string]> = [
  [/^(ty|ti)( dong| d)?$/, 1e9, "tỷ đồng", "billion dong"],
  [/^(trieu)( dong| d)?$/, 1e6, "triệu đồng", "million dong"],
  [/^(nghin|ngan|1\.?000)( dong| d)?$/, 1e3, "nghìn đồng", "thousand dong"],
  [/^(dong|d|vnd)$/, 1, "đồng", "dong"],
];

const OTHER_UNITS: Record<string, string> = {
  nguoi: "people",
  "%": "%",
  ho: "households",
};

export interface Unit {
  /** As typed, trimmed. */
  text: string;
  /** Folded for comparing ("ty dong"). */
  key: string;
  /** Đồng per unit, for money units. */
  scale?: number;
  en: string;
}

/** Reads "Tỷ đồng", "triệu đ", "người"; undefined when blank. */
export function readUnit(text: string | undefined): Unit | undefined {
  const typed = text?.replace(/\s+/g, " ").trim() ?? "";
  if (typed === "") return undefined;
  const folded = foldText(typed).replace(/[.:]$/, "").trim();
  for (const [pattern, scale, vi, en] of MONEY_SCALES) {
    if (pattern.test(folded)) return { text: typed, key: foldText(vi), scale, en };
  }
  return { text: typed, key: folded, en: OTHER_UNITS[folded] ?? typed };
}

export function sameUnit(a: Unit, b: Unit): boolean {
  return a.key === b.key;
}

/** A number followed by a money unit word, typed as text: "1.380 triệu", "8.664,9 tỷ đồng". */
const NUMBER_WITH_UNIT = /^([-+(]?[\d.,\s]*\d[)]?)\s*([^\d\s].*)$/;

export function splitNumberAndUnit(text: string): { number: string; unit: Unit } | undefined {
  const match = NUMBER_WITH_UNIT.exec(text.trim());
  if (!match) return undefined;
  const unit = readUnit(match[2]);
  return unit?.scale === undefined ? undefined : { number: match[1].trim(), unit };
}
