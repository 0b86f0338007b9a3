import { foldText } from "../../../engine/text/normalize";
import { withoutPlaceholders } from "../../read/templatePlaceholder";

const UNIT_KEY = /^(don vi tinh|dvt|d\.v\.t|don vi|unit|units|currency)$/;

/** Words of a money or count unit: "tỷ đồng", "triệu đồng", "đồng", "VND", "người", "billion dong". */
export function isAmountUnit(text: string): boolean {
  const folded = foldText(text);
  if (folded.length > 30) return false;
  return /(^|[^a-z])(dong|vnd|trieu|ty|tr\.?d|trd|usd|billion|million|thousand|nguoi|persons?|people)([^a-z]|$)/.test(
    folded,
  );
}

/**
 * The unit a title cell gives: "Đơn vị tính: tỷ đồng" → "tỷ đồng", "(ĐVT: triệu đồng)",
 * "Unit: billion dong". After a bare "Đơn vị:" only a money or count unit counts: "Đơn vị:
 * Quận 7" names the unit whose budget it is.
 */
export function amountUnitIn(typed: string): string | undefined {
  let text = withoutPlaceholders(typed).trim();
  const wrapped = /^\((.*)\)$/s.exec(text);
  if (wrapped) text = wrapped[1].trim();
  const m = /^([^:：]{1,20})[:：]\s*(.+)$/s.exec(text);
  if (!m) return undefined;
  const key = foldText(m[1]).replace(/[.\s]+$/, "");
  if (!UNIT_KEY.test(key)) return undefined;
  const value = m[2].replace(/[)\].;,\s]+$/, "").trim();
  if (value === "") return undefined;
  if ((key === "don vi" || key === "unit" || key === "units") && !isAmountUnit(value)) {
    return undefined;
  }
  return value;
}

/** "Dự toán (triệu đồng)", "Số lượng (người)": a unit in a header's brackets. */
export function amountUnitInHeader(text: string): string | undefined {
  for (const m of text.matchAll(/\(([^()]{1,30})\)/g)) {
    const inner = m[1].trim();
    const keyed = amountUnitIn(inner);
    if (keyed) return keyed;
    if (isAmountUnit(inner)) return inner;
  }
  return undefined;
}
