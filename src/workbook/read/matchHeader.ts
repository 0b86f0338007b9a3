import type { PeriodId } from "../../engine/model/period";
import { isValueRole, roleOfKey, type HeaderRole } from "./headerAliases";
import { headerKey } from "./headerKey";
import { PERIOD_MARK, periodOfMark } from "./periodPhrase";

/** What one header text says: its role, and the year or period it names ("TH 2019", "TH 6 tháng"). */
export interface HeaderMatch {
  role: HeaderRole;
  year?: number;
  period?: PeriodId;
}

const YEAR_AT_END = /(19|20)\d\d$/;

/** Longer keys are names or sentences, not headers (bilingual headers with remarks included). */
const MAX_KEY = 60;

function withoutYear(key: string): { key: string; year?: number } {
  const m = YEAR_AT_END.exec(key);
  if (!m || m.index === 0) return { key };
  return { key: key.slice(0, m.index), year: Number(m[0]) };
}

function matchPlainKey(input: string): HeaderMatch | undefined {
  if (input === "") return undefined;
  const direct = roleOfKey(input);
  if (direct) return { role: direct };
  // Only a year or a period can be stripped to find more: most texts stop here.
  if (!/\d|quy|canam/.test(input)) return undefined;
  const { key, year } = withoutYear(input);
  const mark = PERIOD_MARK.exec(key);
  const base = mark ? key.slice(0, mark.index) + key.slice(mark.index + mark[0].length) : key;
  if (base === "" || base === input) return undefined;
  const period = mark ? periodOfMark(mark[0]) : undefined;
  // "Lũy kế 6 tháng" is the cumulative actual, not the template's cumulative flag.
  const role = period && base === "luyke" ? "actual" : roleOfKey(base);
  if (!role) return undefined;
  return { role, ...(year === undefined ? {} : { year }), ...(period ? { period } : {}) };
}

/** "Chỉ tiêu/Indicator" is one column named twice; "ƯTH 2020/ƯTH 2019" and "TH/KH" are ratios. */
function matchSlashed(key: string): HeaderMatch | undefined {
  const parts = key.split("/").filter((part) => part !== "");
  if (parts.length === 1) return matchPlainKey(parts[0]);
  const matches = parts.map(matchPlainKey);
  if (matches.some((m) => m === undefined)) return undefined;
  const [first, ...rest] = matches as HeaderMatch[];
  if (rest.every((m) => m.role === first.role && m.year === first.year)) return first;
  if (matches.every((m) => m !== undefined && isValueRole(m.role))) return { role: "ratio" };
  return undefined;
}

function matchKey(key: string): HeaderMatch | undefined {
  return key.includes("/") ? matchSlashed(key) : matchPlainKey(key);
}

/**
 * The role of a header text, matched without regard to case, diacritics, spacing or
 * punctuation: "Đơn vị tính", "ĐVT", "Unit"; "KH 2020"; "Thực hiện 6 tháng". A parenthesised
 * remark or a second line in another language is tried apart when the whole does not match.
 */
export function matchHeader(text: string): HeaderMatch | undefined {
  if (text === "" || text.length > 80) return undefined;
  const key = headerKey(text);
  if (key.length > MAX_KEY) return undefined;
  const whole = matchKey(key);
  if (whole) return whole;
  if (text.includes("(")) {
    const m = matchKey(headerKey(text.replace(/\([^)]*\)/g, " ")));
    if (m) return m;
  }
  const lines = /[\r\n]/.test(text)
    ? text.split(/[\r\n]+/).filter((line) => line.trim() !== "")
    : [];
  if (lines.length > 1) {
    for (const line of lines) {
      const m = matchKey(headerKey(line));
      if (m) return m;
    }
  }
  return undefined;
}
