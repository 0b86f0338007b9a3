import { finding, type Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { ColumnHeading } from "./columnHeading";
import type { HeaderRole } from "./headerAliases";
import { isTotalUnit, unitName } from "./unitName";

/** Sheet column of each role found. */
export type RoleColumns = Partial<Record<HeaderRole, number>>;

/** A wide layout's column group: one unit's figures. */
export interface ColumnGroup {
  unit: string;
  isTotal: boolean;
  roles: RoleColumns;
  ratioColumns: number[];
}

/** How a table's header columns map to roles: columns every row shares, and unit groups. */
export interface ColumnLayout {
  shared: RoleColumns;
  sharedRatioColumns: number[];
  /** Empty unless the sheet is laid out wide, one column group per unit. */
  groups: ColumnGroup[];
  /** The plan year: the year of the target column ("KH 2020"), else the title's. */
  year?: number;
  /** A period named by an actual column ("Thực hiện 6 tháng"). */
  period?: PeriodId;
  findings: Finding[];
}

const FIGURES: readonly HeaderRole[] = ["baseline", "target", "actual", "forecast"];

function yearOf(heading: ColumnHeading): number | undefined {
  return heading.match?.year ?? heading.year;
}

/** "TH 2019" beside "KH 2020" is last year's actual: the baseline. */
function settleYears(headings: ColumnHeading[], titleYear: number | undefined): number | undefined {
  const targetYears = headings
    .filter((h) => h.match?.role === "target")
    .map(yearOf)
    .filter((y): y is number => y !== undefined);
  const actualYears = headings
    .filter((h) => h.match?.role === "actual")
    .map(yearOf)
    .filter((y): y is number => y !== undefined);
  const planYear =
    targetYears.length > 0
      ? Math.max(...targetYears)
      : (titleYear ?? (actualYears.length > 0 ? Math.max(...actualYears) : undefined));
  if (planYear === undefined) return undefined;
  for (const heading of headings) {
    const year = yearOf(heading);
    if (heading.match?.role === "actual" && year !== undefined && year < planYear) {
      heading.match = { ...heading.match, role: "baseline" };
    }
  }
  return planYear;
}

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
  headings: Partial<Record<HeaderRole, ColumnHeading>>;
}

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
  // Two plan years ("KH 2019", "KH 2020"): the later one is this year's target.
  const firstYear = yearOf(first);
  const year = yearOf(heading);
  if (
    match.role === "target" &&
    firstYear !== undefined &&
    year !== undefined &&
    year !== firstYear
  ) {
    if (year > firstYear) {
      into.roles.target = heading.column;
      into.headings.target = heading;
    }
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

/**
 * Maps header columns to roles: settles year-suffixed actuals into baselines, splits a wide
 * layout into unit groups, and reports a role that appears twice (the first one is read).
 */
export function columnLayout(
  headings: ColumnHeading[],
  sheet: string,
  titleYear?: number,
): ColumnLayout {
  const findings: Finding[] = [];
  const year = settleYears(headings, titleYear);
  const units = wideGroups(headings);
  const shared: Placed = { roles: {}, ratioColumns: [], headings: {} };
  const groups = new Map<string, Placed>(
    units.map((unit) => [unit, { roles: {}, ratioColumns: [], headings: {} }]),
  );
  let period: PeriodId | undefined;
  for (const heading of headings) {
    const role = heading.match?.role;
    if (!role) continue;
    if (period === undefined && (role === "actual" || role === "baseline")) {
      period = heading.match?.period ?? heading.period;
    }
    const group = heading.group === undefined ? undefined : groups.get(heading.group);
    place(group ?? shared, heading, sheet, findings);
  }
  return {
    shared: shared.roles,
    sharedRatioColumns: shared.ratioColumns,
    groups: units.map((unit) => {
      const placed = groups.get(unit) as Placed;
      return {
        unit: unitName(unit),
        isTotal: isTotalUnit(unitName(unit)),
        roles: placed.roles,
        ratioColumns: placed.ratioColumns,
      };
    }),
    ...(year === undefined ? {} : { year }),
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
