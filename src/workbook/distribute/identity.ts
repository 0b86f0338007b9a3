import { isPeriodId, type PeriodId } from "../../engine/model/period";
import { address } from "../a1";
import type { Change, WriteValue } from "../changeSet";
import { valueAt } from "../sheetGrid";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { fingerprint } from "./fingerprint";

/** The very hidden sheet that says whom a distributed workbook is for. */
export const IDENTITY_SHEET = "ChiTieu_GiaoChiTieu";

/** The layout of a distributed workbook (its report sheet, identity sheet and their cells). */
export const DISTRIBUTION_TEMPLATE = "chitieu/giao-chi-tieu/1";

const MARKER = "Chỉ tiêu – dấu giao chỉ tiêu. Trang này do Chỉ tiêu ghi; đừng sửa.";

/** Whom a workbook was given to, by whom, for which period, with which targets. */
export interface DistributionIdentity {
  parent: string;
  unit: string;
  year: number;
  period: PeriodId;
  template: string;
  /** Of the targets given (targetsFingerprint). */
  fingerprint: string;
  /** When the workbook was made (ISO 8601). */
  issued: string;
  /** The report sheet's name. */
  sheet: string;
}

/** One target as given: where it stands on the report sheet and what it said. */
export interface GivenTarget {
  code?: string;
  name: string;
  /** Its row on the report sheet. */
  row: number;
  target: WriteValue;
  targetMax: WriteValue;
  /** Last year's figure as given (null where the sub-unit types it, or none is known). */
  baseline: WriteValue;
}

/** Custom document property names (File ▸ Info ▸ Properties ▸ Custom). */
const PROPERTY: Record<keyof DistributionIdentity, string> = {
  parent: "ChiTieu.DonViGiao",
  unit: "ChiTieu.DonViNhan",
  year: "ChiTieu.Nam",
  period: "ChiTieu.KyBaoCao",
  template: "ChiTieu.Mau",
  fingerprint: "ChiTieu.DauKeHoach",
  issued: "ChiTieu.NgayGiao",
  sheet: "ChiTieu.TrangBaoCao",
};

const KEYS = Object.keys(PROPERTY) as Array<keyof DistributionIdentity>;

const GIVEN_HEADER = ["Mã", "Dòng", "Chỉ tiêu", "Kế hoạch", "Kế hoạch tối đa", "TH năm trước"];
const FIRST_KEY_ROW = 2;
const GIVEN_HEADER_ROW = FIRST_KEY_ROW + KEYS.length + 1;

/** The fingerprint of what was given: who, when, and every target with its place. */
export function targetsFingerprint(
  who: Pick<DistributionIdentity, "parent" | "unit" | "year" | "period">,
  given: readonly GivenTarget[],
): string {
  const targets = given.map((g) => [g.code ?? "", g.name, g.target, g.targetMax, g.baseline]);
  return fingerprint(JSON.stringify([who.parent, who.unit, who.year, who.period, targets]));
}

/** The identity sheet (very hidden) and the custom properties, both saying the same. */
export function identityChanges(
  identity: DistributionIdentity,
  given: readonly GivenTarget[],
): Change[] {
  const sheet = IDENTITY_SHEET;
  const rows: WriteValue[][] = [
    [MARKER, null, null, null, null, null],
    ...KEYS.map((key): WriteValue[] => [key, String(identity[key]), null, null, null, null]),
    [null, null, null, null, null, null],
    GIVEN_HEADER,
    ...given.map((g): WriteValue[] => [
      g.code ?? null,
      g.row,
      g.name,
      g.target,
      g.targetMax,
      g.baseline,
    ]),
  ];
  const custom = Object.fromEntries(KEYS.map((key) => [PROPERTY[key], String(identity[key])]));
  return [
    { kind: "addSheet", sheet },
    { kind: "values", sheet, anchor: "A1", rows },
    {
      kind: "style",
      sheet,
      range: `B${FIRST_KEY_ROW}:B${FIRST_KEY_ROW + KEYS.length}`,
      style: { numberFormat: "@" },
    },
    { kind: "protectSheet", sheet, unlocked: [] },
    { kind: "hideSheet", sheet, veryHidden: true },
    { kind: "documentProperties", custom },
  ];
}

/** Where a workbook's identity was read from. */
export type IdentitySource = "sheet" | "properties";

export interface ReadIdentity {
  identity: DistributionIdentity;
  /** The targets as given (from the identity sheet; none when only the properties remain). */
  given: GivenTarget[];
  from: IdentitySource;
  /** The identity sheet's fingerprint agrees with its own list of targets. */
  selfConsistent: boolean;
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function asIdentity(
  get: (key: keyof DistributionIdentity) => string,
): DistributionIdentity | undefined {
  const period = get("period");
  const year = Number(get("year"));
  if (!isPeriodId(period) || !Number.isInteger(year)) return undefined;
  const identity = {
    parent: get("parent"),
    unit: get("unit"),
    year,
    period,
    template: get("template"),
    fingerprint: get("fingerprint"),
    issued: get("issued"),
    sheet: get("sheet"),
  };
  return identity.unit && identity.parent && identity.template ? identity : undefined;
}

function cellValue(sheet: SheetSnapshot, row: number, column: number): WriteValue {
  const value = valueAt(sheet, row, column);
  return value === undefined || (typeof value === "object" && value !== null) ? null : value;
}

function fromSheet(sheet: SheetSnapshot): ReadIdentity | undefined {
  if (text(valueAt(sheet, 1, 1)) !== MARKER) return undefined;
  const byKey = new Map<string, string>();
  for (let row = FIRST_KEY_ROW; row < FIRST_KEY_ROW + KEYS.length + 1; row++) {
    byKey.set(text(valueAt(sheet, row, 1)), text(valueAt(sheet, row, 2)));
  }
  const identity = asIdentity((key) => byKey.get(key) ?? "");
  if (!identity) return undefined;
  const given: GivenTarget[] = [];
  const last = sheet.origin.row + sheet.values.length - 1;
  for (let row = GIVEN_HEADER_ROW + 1; row <= last; row++) {
    const at = Number(valueAt(sheet, row, 2));
    if (!Number.isInteger(at)) continue;
    const code = text(valueAt(sheet, row, 1));
    given.push({
      ...(code === "" ? {} : { code }),
      row: at,
      name: text(valueAt(sheet, row, 3)),
      target: cellValue(sheet, row, 4),
      targetMax: cellValue(sheet, row, 5),
      baseline: cellValue(sheet, row, 6),
    });
  }
  const selfConsistent = targetsFingerprint(identity, given) === identity.fingerprint;
  return { identity, given, from: "sheet", selfConsistent };
}

/**
 * Whom a returned workbook was given to: its identity sheet (kept by Excel, LibreOffice and
 * WPS, very hidden or merely hidden), else its custom properties; undefined for a workbook the
 * add-in did not distribute.
 */
export function readIdentity(
  snapshot: WorkbookSnapshot & { properties?: Record<string, string> },
): ReadIdentity | undefined {
  const sheet = snapshot.sheets.find((s) => s.name === IDENTITY_SHEET);
  const own = sheet ? fromSheet(sheet) : undefined;
  if (own) return own;
  const properties = snapshot.properties ?? {};
  const identity = asIdentity((key) => text(properties[PROPERTY[key]]));
  return identity ? { identity, given: [], from: "properties", selfConsistent: true } : undefined;
}

/** The identity sheet's first cell, for findings about it. */
export const IDENTITY_CELL = address(1, 1);
