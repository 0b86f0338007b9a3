import type { IndicatorColumn } from "../../engine/read/rawRow";

/**
 * What a header column is: an engine column, or one the reader needs besides — the row label
 * (STT), the two columns the add-in owns, a ratio column ("So sánh %") it leaves alone, and
 * budget columns (dự toán) that mark a budget table rather than a plan table.
 */
export type HeaderRole = IndicatorColumn | "label" | "percent" | "status" | "ratio" | "budget";

/** The columns holding an indicator's figures. */
export const VALUE_ROLES = ["baseline", "target", "targetMax", "actual", "forecast"] as const;

export type ValueRole = (typeof VALUE_ROLES)[number];

export function isValueRole(role: HeaderRole): role is ValueRole {
  return (VALUE_ROLES as readonly string[]).includes(role);
}

/** Header keys (folded, without spaces, year or period) of each role, Vietnamese and English. */
const ALIASES: Record<Exclude<HeaderRole, "budget">, string[]> = {
  label: ["stt", "tt", "sott", "sothutu", "no", "number"],
  code: ["ma", "code", "maso", "machitieu", "mact"],
  field: ["linhvuc", "field", "nganhlinhvuc"],
  name: [
    "chitieu",
    "tenchitieu",
    "noidung",
    "noidungchitieu",
    "chitieuchuyeu",
    "cacchitieu",
    "cacchitieuchuyeu",
    "indicator",
    "indicators",
    "indicatorname",
  ],
  unit: ["donvitinh", "dvt", "donvi", "dvtinh", "unit"],
  kind: ["loaichitieu", "loai", "targetkind", "kind"],
  aggregation: ["cachtonghop", "tonghop", "aggregation"],
  cumulative: ["luyke", "cumulative"],
  baseline: [
    "thuchiennamtruoc",
    "thnamtruoc",
    "namtruoc",
    "thuchiencungky",
    "thuchiencungkynamtruoc",
    "thcungky",
    "cungkynamtruoc",
    "baseline",
    "lastyear",
  ],
  target: [
    "kehoach",
    "kh",
    "kehoachnam",
    "khnam",
    "kehoachgiao",
    "chitieugiao",
    "chitieukehoach",
    "chitieunghiquyet",
    "kehoachtoithieu",
    "target",
    "targetmin",
    "plan",
  ],
  targetMax: ["kehoachtoida", "khtoida", "chitieutoida", "targetmax"],
  actual: [
    "thuchien",
    "th",
    "thnam",
    "thuchiennam",
    "luykethuchien",
    "ketquathuchien",
    "thuchienkybaocao",
    "actual",
  ],
  forecast: [
    "uoc",
    "uth",
    "uthnam",
    "uocth",
    "uocthnam",
    "uocthuchien",
    "uocthuchiennam",
    "uoctinh",
    "uoctinhnam",
    "dukien",
    "dukienthuchien",
    "forecast",
    "estimate",
  ],
  percent: ["%kh", "%kehoach", "%sovoikh", "%ofplan", "%plan"],
  status: ["danhgia", "ketquadanhgia", "status"],
  notes: ["ghichu", "notes", "note", "remarks"],
  ratio: ["%", "ratio"],
};

/** A plan role's header keys, for tables whose words are the plan table's and then some. */
export function planAliases(role: Exclude<HeaderRole, "budget">): readonly string[] {
  return ALIASES[role];
}

const BY_KEY = new Map<string, HeaderRole>();
for (const [role, keys] of Object.entries(ALIASES)) {
  for (const key of keys) BY_KEY.set(key, role as HeaderRole);
}

/** The role a bare header key names, by alias or by a known prefix. */
export function roleOfKey(key: string): HeaderRole | undefined {
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  if (key.startsWith("sosanh") || key.startsWith("sovoi") || key.startsWith("tyle")) return "ratio";
  if (key.startsWith("dutoan") || key.startsWith("quyettoan")) return "budget";
  return undefined;
}
