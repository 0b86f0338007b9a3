import { foldText } from "../../engine/text/normalize";
import { columnNumber } from "../a1";
import { headerKey } from "./headerKey";
import { withoutPlaceholders } from "./templatePlaceholder";

/** "Tổng cộng", "Cộng", "Tổng số", "TỔNG CỘNG (A+B)", "Cộng I:" — not "Tổng số hộ nghèo". */
export function isTotalName(typed: string): boolean {
  // "Tổng cộng<#auto page breaks>": a reporting system's template tag after the words.
  const name = typed.includes("<#") ? withoutPlaceholders(typed) : typed;
  // Cheap test first: every row's name passes through here.
  if (name.length > 60 || !/^\s*[TtCc]/.test(name)) return false;
  const key = headerKey(name.slice(0, 12));
  if (!key.startsWith("tong") && !key.startsWith("cong")) return false;
  const folded = foldText(name);
  return /^(tong cong|cong|tong so|tong)( [ivx]+| [a-z])?\s*([:(].*)?$/.test(folded);
}

const SUM = /^=?\s*SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)\s*$/i;

/** "=SUM(D9:D14)" in column D of another row: the row adds up the rows of its range. */
export function isColumnSum(formula: string | null, row: number, column: number): boolean {
  if (!formula) return false;
  const m = SUM.exec(formula);
  if (!m) return false;
  if (columnNumber(m[1]) !== column || columnNumber(m[3]) !== column) return false;
  const from = Math.min(Number(m[2]), Number(m[4]));
  const to = Math.max(Number(m[2]), Number(m[4]));
  return to > from && (row < from || row > to);
}
