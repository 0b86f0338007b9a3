import { DISTRICT_PLAN, WARD_PLAN, templateIndicators } from "../../../src/engine/templates";
import type { TemplateIndicator } from "../../../src/engine/templates/types";
import { formatTarget } from "../../../src/engine/targets/formatTarget";
import type { WriteValue } from "../../../src/workbook/changeSet";
import { split } from "../../engine/consolidate/support";
import type { Entries, SheetSpec } from "./realBooks";

/** The ten wards of Nam Từ Liêm (seed 004). */
export const WARDS = [
  "Phường Cầu Diễn",
  "Phường Đại Mỗ",
  "Phường Mễ Trì",
  "Phường Mỹ Đình 1",
  "Phường Mỹ Đình 2",
  "Phường Phú Đô",
  "Phường Phương Canh",
  "Phường Tây Mỗ",
  "Phường Trung Văn",
  "Phường Xuân Phương",
];

export const PARENT = "Quận Nam Từ Liêm";
export const district = new Map(templateIndicators(DISTRICT_PLAN).map((t) => [t.code, t]));
const wardIndicators = templateIndicators(WARD_PLAN);

/** A sum of levels or counts the district splits among its wards (KT09 8.664,9 tỷ, XD01 180). */
function allocated(t: TemplateIndicator): boolean {
  return t.aggregation.rule === "sum" && !t.target.relative && t.target.value !== undefined;
}

const rounded = (n: number, decimals: number) => Number(n.toFixed(decimals));

/** Ward w's entries: the district's allocated targets split 1 : 2 : … : 10, actuals around them. */
function wardEntries(w: number): Entries {
  const out: Entries = {};
  for (const ward of wardIndicators) {
    const t = district.get(ward.code) ?? ward;
    if (t.aggregation.rule === "all") {
      out[ward.code] = {
        actual: ward.code === "CC03" && w === 9 ? "Đang thực hiện" : "Hoàn thành",
      };
      continue;
    }
    if (t.aggregation.rule === "sum") {
      const target = allocated(t) ? split(t.target.value ?? 0, WARDS.length)[w] : undefined;
      // A relative target ("vượt dự toán 6-8%") is a share of last year's level: the actual is
      // a level near that, not the percentage itself (a 160× unit slip every check flags).
      const relativeBase =
        t.target.relative && ward.baseline !== undefined
          ? ward.baseline * (1 + (ward.target.value ?? 0) / 100)
          : undefined;
      const base = target ?? relativeBase ?? ward.target.value ?? 10;
      const plain = t.target.kind === "at_least" && !t.target.strict && !t.target.percentSign;
      const text: WriteValue =
        target === undefined
          ? null
          : plain
            ? target
            : formatTarget({ ...t.target, value: target }, "vi");
      out[ward.code] = {
        ...(text === null ? {} : { target: text }),
        actual: rounded(base * (0.9 + 0.03 * w), 1),
      };
      continue;
    }
    const level = ward.target.value ?? 50;
    out[ward.code] = { actual: Math.min(100, rounded(level + (w - 4.5) * 0.4, 2)) };
  }
  return out;
}

export const ENTRIES = WARDS.map((_, w) => wardEntries(w));

export function wardSpec(w: number, change: Partial<SheetSpec> = {}): SheetSpec {
  return { template: "ward-plan", unit: WARDS[w], entries: ENTRIES[w], ...change };
}

export const SHARES = Object.fromEntries(
  ["XD01", "XD02"].map((code) => {
    const parts = split(district.get(code)?.target.value ?? 0, WARDS.length);
    return [code, Object.fromEntries(WARDS.map((ward, w) => [ward, parts[w]]))];
  }),
);

/** The district's workbook: its plan, then "GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ" with a column per ward. */
export const PARENT_BOOK: SheetSpec[] = [
  { template: "district-plan", unit: PARENT },
  { template: "target-allocation", unit: PARENT, subUnits: WARDS, shares: SHARES },
];

export function actualOf(w: number, code: string): number {
  return Number(ENTRIES[w][code]?.actual);
}
