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

const FIRST_KEY_ROW = 2;
/**
 * The targets as given, one JSON array a row ([code, row, name, target, max, baseline]) under
 * this line: no header a plan reader could take for a table, if the sheet comes back merely
 * hidden (LibreOffice saves very hidden sheets as hidden).
 */
const GIVEN_MARKER = "given";
const GIVEN_MARKER_ROW = FIRST_KEY_ROW + KEYS.length;

/**
 * The fingerprint of what was given: to whom, for which period, and every target (code, name,
 * target, its maximum, last year's figure), in order. Places on the sheet are not part of it, so
 * that a parent's workbook gives the same fingerprint again for the same plan.
 */
export function targetsFingerprint(
  who: Pick<DistributionIdentity, "parent" | "unit" | "year" | "period">,
  given: ReadonlyArray<Omit<GivenTarget, "row">>,
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
    [MARKER, null],
    ...KEYS.map((key): WriteValue[] => [key, String(identity[key])]),
    [GIVEN_MARKER, given.length],
    ...given.map((g): WriteValue[] => [
      JSON.stringify([g.code ?? null, g.row, g.name, g.target, g.targetMax, g.baseline]),
      null,
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

function writeValue(value: unknown): WriteValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : null;
}

/** One given target from its JSON row; undefined when the row is not one. */
function givenTarget(cell: unknown): GivenTarget | undefined {
  if (typeof cell !== "string") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 6) return undefined;
  const [code, row, name, target, targetMax, baseline] = parsed as unknown[];
  if (typeof row !== "number" || typeof name !== "string") return undefined;
  return {
    ...(typeof code === "string" ? { code } : {}),
    row,
    name,
    target: writeValue(target),
    targetMax: writeValue(targetMax),
    baseline: writeValue(baseline),
  };
}

function fromSheet(sheet: SheetSnapshot): ReadIdentity | undefined {
  if (text(valueAt(sheet, 1, 1)) !== MARKER) return undefined;
  const byKey = new Map<string, string>();
  for (let row = FIRST_KEY_ROW; row < FIRST_KEY_ROW + KEYS.length; row++) {
    byKey.set(text(valueAt(sheet, row, 1)), text(valueAt(sheet, row, 2)));
  }
  const identity = asIdentity((key) => byKey.get(key) ?? "");
  if (!identity) return undefined;
  if (text(valueAt(sheet, GIVEN_MARKER_ROW, 1)) !== GIVEN_MARKER) return undefined;
  const count = Number(valueAt(sheet, GIVEN_MARKER_ROW, 2));
  const given: GivenTarget[] = [];
  for (let i = 1; i <= count; i++) {
    const parsed = givenTarget(valueAt(sheet, GIVEN_MARKER_ROW + i, 1));
    if (!parsed) return undefined;
    given.push(parsed);
  }
  const selfConsistent = targetsFingerprint(identity, given) === identity.fingerprint;
  return { identity, given, from: "sheet", selfConsistent };
}

/**
 * Whom a returned workbook was given to: its identity sheet (kept by Excel, LibreOffice and
 * WPS, very hidden or merely hidden), else its custom properties; undefined for a workbook the
 * add-in did not distribute.
 */
export function readIdentity(snapshot: WorkbookSnapshot): ReadIdentity | undefined {
  const sheet = snapshot.sheets.find((s) => s.name === IDENTITY_SHEET);
  const own = sheet ? fromSheet(sheet) : undefined;
  if (own) return own;
  const properties = snapshot.properties ?? {};
  const identity = asIdentity((key) => text(properties[PROPERTY[key]]));
  return identity ? { identity, given: [], from: "properties", selfConsistent: true } : undefined;
}

/** The identity sheet's first cell, for findings about it. */
export const IDENTITY_CELL = address(1, 1);
