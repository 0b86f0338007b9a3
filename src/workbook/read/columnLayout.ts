import { finding, type Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { ColumnHeading } from "./columnHeading";
import { groupKinds, type GroupKind } from "./groupKind";
import type { HeaderRole } from "./headerAliases";
import type { YearColumn } from "../planTable";
import { reportYears } from "./reportYear";
import type { YearSpan } from "./titleInfo";
import { isTotalUnit, unitName } from "./unitName";

/** Sheet column of each role found. */
export type RoleColumns = Partial<Record<HeaderRole, number>>;

/**
 * A wide layout's column group: one unit's figures ("Toàn huyện", "Xã A"), or one measure of
 * the same indicators ("Sản lượng", "Giá trị sản xuất") — `kind` tells which.
 */
export interface ColumnGroup {
  kind: GroupKind;
  /** The group's header text: the unit's name ("Xã A" of "UBND Xã A"), or the measure's. */
  text: string;
  /** The total of the units ("Toàn huyện", "Tổng số"); never a measure group. */
  isTotal: boolean;
  roles: RoleColumns;
  ratioColumns: number[];
  /** The group's dated figure columns (TH 2016 … KH 2025) and what each is for. */
  yearColumns: YearColumn[];
}

/** How a table's header columns map to roles: columns every row shares, and column groups. */
export interface ColumnLayout {
  shared: RoleColumns;
  sharedRatioColumns: number[];
  sharedYearColumns: YearColumn[];
  /** Empty unless the sheet is laid out wide, one column group per unit or measure. */
  groups: ColumnGroup[];
  /** The report year: the year whose actual the sheet reports (see reportYear.ts). */
  year?: number;
  /** The span of a five-year report ("KH 2016–2020" is its target). */
  span?: YearSpan;
  /** A period named by an actual column ("Thực hiện 6 tháng"). */
  period?: PeriodId;
  findings: Finding[];
}

export interface LayoutContext {
  sheet: string;
  /** What the title rows say: "năm 2020", "giai đoạn 2016-2020". */
  title?: { year?: number; span?: YearSpan };
  /** The units the parent expects (a roster): a group so named is a unit. */
  roster?: readonly string[];
}

const FIGURES: readonly HeaderRole[] = ["baseline", "target", "actual", "forecast"];

/** Column groups when at least two stacked texts each head their own figures. */
function wideGroups(headings: ColumnHeading[]): string[] {
  const units: string[] = [];
  const hasFigures = new Set<string>();
  for (const heading of headings) {
    if (heading.group === undefined || !heading.match) continue;
    if (!units.includes(heading.group)) units.push(heading.group);
    if (FIGURES.includes(heading.match.role)) hasFigures.add(heading.group);
  }
  const withFigures = units.filter((unit) => hasFigures.has(unit));
  return withFigures.length >= 2 ? withFigures : [];
}

interface Placed {
  roles: RoleColumns;
  ratioColumns: number[];
  yearColumns: YearColumn[];
  headings: Partial<Record<HeaderRole, ColumnHeading>>;
}

const placed = (): Placed => ({ roles: {}, ratioColumns: [], yearColumns: [], headings: {} });

function place(into: Placed, heading: ColumnHeading, sheet: string, findings: Finding[]): void {
  const match = heading.match;
  if (!match) return;
  if (match.role === "ratio") {
    into.ratioColumns.push(heading.column);
    return;
  }
  const first = into.headings[match.role];
  if (!first) {
    into.roles[match.role] = heading.column;
    into.headings[match.role] = heading;
    return;
  }
  findings.push(
    finding(
      "duplicate_column",
      { column: heading.text ?? "", firstCell: first.address ?? "" },
      { sheet, cell: heading.address },
    ),
  );
}

/** The period an actual or baseline column names ("Thực hiện 6 tháng"). */
function periodOf(headings: readonly ColumnHeading[]): PeriodId | undefined {
  for (const heading of headings) {
    const role = heading.match?.role;
    if (role === "actual" || role === "baseline") {
      const period = heading.match?.period ?? heading.period;
      if (period !== undefined) return period;
    }
  }
  return undefined;
}

/** One info finding naming the groups whose words said neither unit nor measure. */
function unclearGroups(
  texts: readonly string[],
  headings: readonly ColumnHeading[],
  unclear: ReturnType<typeof groupKinds>["unclear"],
  sheet: string,
): Finding[] {
  if (unclear.length === 0) return [];
  const names = unclear.map((u) => texts[u.index]);
  const cell = headings.find((h) => h.group === names[0])?.groupAddress;
  const readAs = unclear[0].readAs;
  return [
    finding(
      readAs === "unit" ? "groups_read_as_units" : "groups_read_as_measures",
      { groups: names.map((n) => `“${n}”`).join(", ") },
      { sheet, ...(cell === undefined ? {} : { cell }) },
    ),
  ];
}

/**
 * Maps header columns to roles: settles the report year (its target, actual and baseline
 * among several years' columns), splits a wide layout into unit or measure groups, and
 * reports a role that appears twice (the first one is read).
 */
export function columnLayout(headings: ColumnHeading[], context: LayoutContext): ColumnLayout {
  const { sheet } = context;
  const findings: Finding[] = [];
  const hasBaseline = headings.some(
    (h) => h.match?.role === "baseline" && h.match.year === undefined && h.year === undefined,
  );
  const years = reportYears(headings, context.title ?? {}, hasBaseline);
  const uses = new Map(years.columns.map((c) => [c.column, c]));
  const texts = wideGroups(headings);
  const shared = placed();
  const groups = new Map<string, Placed>(texts.map((text) => [text, placed()]));
  for (const heading of headings) {
    if (!heading.match) continue;
    const into = (heading.group === undefined ? undefined : groups.get(heading.group)) ?? shared;
    const dated = uses.get(heading.column);
    if (dated) {
      into.yearColumns.push(dated);
      if (dated.use === "history" || dated.use === "next") continue;
      heading.match = { ...heading.match, role: dated.use };
    }
    place(into, heading, sheet, findings);
  }
  const kinds = groupKinds(texts.map(unitName), context.roster);
  findings.push(...unclearGroups(texts, headings, kinds.unclear, sheet));
  const period = periodOf(headings);
  return {
    shared: shared.roles,
    sharedRatioColumns: shared.ratioColumns,
    sharedYearColumns: shared.yearColumns,
    groups: texts.map((text, i) => {
      const group = groups.get(text) as Placed;
      const kind = kinds.kinds[i];
      return {
        kind,
        text: unitName(text),
        isTotal: kind === "unit" && isTotalUnit(unitName(text)),
        roles: group.roles,
        ratioColumns: group.ratioColumns,
        yearColumns: group.yearColumns,
      };
    }),
    ...(years.year === undefined ? {} : { year: years.year }),
    ...(years.span === undefined ? {} : { span: years.span }),
    ...(period === undefined ? {} : { period }),
    findings,
  };
}

/** A plan table needs an indicator name and a target or an actual; a budget table is not one. */
export function isPlanHeader(headings: readonly ColumnHeading[]): boolean {
  const roles = new Set(headings.map((h) => h.match?.role).filter((r) => r !== undefined));
  if (!roles.has("name")) return false;
  if (!roles.has("target") && !roles.has("actual")) return false;
  if (roles.has("budget") && !roles.has("target")) return false;
  return true;
}
