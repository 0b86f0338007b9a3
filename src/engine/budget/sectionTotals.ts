import { percentOf } from "./checkPercents";
import type { BudgetSection } from "./rawBudget";
import { numberIn, type WorkLine } from "./workLine";

/** A section's total as a report quotes it. */
export interface SectionTotal {
  section: BudgetSection;
  /** The total line's name, or "Tổng thu" / "Tổng chi" when summed from several top lines. */
  name: string;
  /** The sheet row it was read from; undefined when summed from several top lines. */
  row?: number;
  estimate?: number;
  actual?: number;
  percentOfEstimate?: number;
}

const SUMMED_NAMES: Record<BudgetSection, string> = {
  revenue: "Tổng thu ngân sách",
  expenditure: "Tổng chi ngân sách",
};

/** Sum of a column over lines in the table's unit; undefined unless every line has it. */
function sumOf(lines: readonly WorkLine[], column: "estimate" | "actual"): number | undefined {
  let sum = 0;
  for (const line of lines) {
    const value = numberIn(line, column);
    if (value === undefined) return undefined;
    sum += value * line.scale;
  }
  return sum;
}

function totalOf(
  section: BudgetSection,
  lines: readonly WorkLine[],
  name: string,
  row?: number,
): SectionTotal {
  const estimate = sumOf(lines, "estimate");
  const actual = sumOf(lines, "actual");
  const percent =
    estimate === undefined || actual === undefined ? undefined : percentOf(actual, estimate);
  return {
    section,
    name,
    ...(row === undefined ? {} : { row }),
    ...(estimate === undefined ? {} : { estimate }),
    ...(actual === undefined ? {} : { actual }),
    ...(percent === undefined ? {} : { percentOfEstimate: percent }),
  };
}

/**
 * Revenue and spending totals: a total row over one section, else the section's one top line
 * ("A. Tổng thu…"), else the sum of its top lines.
 */
export function sectionTotals(lines: readonly WorkLine[]): SectionTotal[] {
  const out: SectionTotal[] = [];
  for (const section of ["revenue", "expenditure"] as const) {
    const total = lines.find((line) => line.isTotal && line.section === section);
    if (total) {
      out.push(totalOf(section, [total], total.name, total.raw.row));
      continue;
    }
    const tops = lines.filter(
      (line) =>
        line.section === section && line.parent === undefined && !line.isTotal && !line.memo,
    );
    if (tops.length === 1) out.push(totalOf(section, tops, tops[0].name, tops[0].raw.row));
    else if (tops.length > 1) out.push(totalOf(section, tops, SUMMED_NAMES[section]));
  }
  return out;
}
