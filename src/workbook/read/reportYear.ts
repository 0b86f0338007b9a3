import type { YearColumn, YearUse } from "../planTable";
import type { ColumnHeading } from "./columnHeading";
import type { YearSpan } from "./titleInfo";

/** The period a report covers, and the use of each dated figure column (by sheet column). */
export interface ReportYears {
  /** The report year: the year whose actual the sheet reports (a span's last year). */
  year?: number;
  /** The span a five-year report covers ("giai đoạn 2016-2020"); absent for one year. */
  span?: YearSpan;
  columns: YearColumn[];
}

interface Dated {
  heading: ColumnHeading;
  role: "target" | "actual" | "forecast";
  span: YearSpan;
}

const DATED_ROLES = new Set(["target", "actual", "forecast"]);

function spanOf(heading: ColumnHeading): YearSpan | undefined {
  const match = heading.match;
  if (match?.year !== undefined) return { from: match.year, to: match.yearTo ?? match.year };
  if (heading.year === undefined) return undefined;
  return { from: heading.year, to: heading.yearTo ?? heading.year };
}

const same = (a: YearSpan, b: YearSpan) => a.from === b.from && a.to === b.to;
const single = (year: number): YearSpan => ({ from: year, to: year });

function datedHeadings(headings: readonly ColumnHeading[]): Dated[] {
  const out: Dated[] = [];
  for (const heading of headings) {
    const role = heading.match?.role;
    if (role === undefined || !DATED_ROLES.has(role)) continue;
    const span = spanOf(heading);
    if (span) out.push({ heading, role: role as Dated["role"], span });
  }
  return out;
}

/** The plan for a period: its own span, else the plan of its last year, else a span ending then. */
function targetFor(dated: readonly Dated[], period: YearSpan): YearSpan | undefined {
  const plans = dated.filter((d) => d.role === "target").map((d) => d.span);
  return (
    plans.find((s) => same(s, period)) ??
    plans.find((s) => same(s, single(period.to))) ??
    plans.find((s) => s.to === period.to)
  );
}

/**
 * The period the sheet reports: a title year or span that a column's actual (or plan)
 * confirms; else the latest year with an actual (TH, ƯTH, ƯTH/TH), unless no plan is set
 * for it and a later plan is (a plan sheet: "TH 2020 | KH 2021" makes plans for 2021).
 */
function reportPeriod(
  headings: readonly ColumnHeading[],
  dated: readonly Dated[],
  title: { year?: number; span?: YearSpan },
): YearSpan | undefined {
  const named: YearSpan[] = [];
  if (title.span) named.push(title.span);
  if (title.year !== undefined) named.push(single(title.year));
  const actualYears = dated.filter((d) => d.role !== "target").map((d) => d.span.to);
  const undated = (role: string) =>
    headings.some((h) => h.match?.role === role && spanOf(h) === undefined);
  const confirmed =
    named.find((p) => actualYears.includes(p.to)) ??
    named.find((p) => targetFor(dated, p) !== undefined);
  if (confirmed) return confirmed;
  if (named.length > 0 && (undated("target") || undated("actual") || dated.length === 0)) {
    return named[0];
  }
  const plans = dated.filter((d) => d.role === "target").map((d) => d.span);
  if (actualYears.length > 0) {
    const year = Math.max(...actualYears);
    if (targetFor(dated, single(year)) || undated("target")) return single(year);
    const later = plans.filter((s) => s.from > year).map((s) => s.from);
    return single(later.length > 0 ? Math.min(...later) : year);
  }
  if (plans.length > 0) {
    const earliest = [...plans].sort((a, b) => a.from - b.from || a.to - b.to)[0];
    return earliest.from === earliest.to ? earliest : single(earliest.to);
  }
  return named[0];
}

/** The report year's actual or estimate: its own span, else its last year. */
function actualFor(
  dated: readonly Dated[],
  role: "actual" | "forecast",
  period: YearSpan,
): YearSpan | undefined {
  const spans = dated.filter((d) => d.role === role).map((d) => d.span);
  return spans.find((s) => same(s, period)) ?? spans.find((s) => same(s, single(period.to)));
}

/** Last year's actual (else its estimate), else the latest earlier year's. */
function baselineFor(dated: readonly Dated[], year: number): Dated | undefined {
  const earlier = dated.filter((d) => d.role !== "target" && d.span.to < year);
  const previous = earlier.filter((d) => same(d.span, single(year - 1)));
  return (
    previous.find((d) => d.role === "actual") ??
    previous[0] ??
    [...earlier].sort((a, b) => b.span.to - a.span.to)[0]
  );
}

function useOf(
  d: Dated,
  chosen: {
    target?: YearSpan;
    actual?: YearSpan;
    forecast?: YearSpan;
    baseline?: Dated;
  },
  year: number,
): YearUse {
  if (d.role === "target") {
    if (chosen.target && same(d.span, chosen.target)) return "target";
    return d.span.from > year ? "next" : "history";
  }
  const own = chosen[d.role];
  if (own && same(d.span, own)) return d.role;
  const base = chosen.baseline;
  if (base && base.role === d.role && same(d.span, base.span)) return "baseline";
  return "history";
}

/**
 * Settles which dated columns hold the report year's target, actual and baseline. A sheet may
 * hold several years side by side (TH 2016 … TH 2019, ƯTH/TH 2020, KH 2016–2020, KH 2021 …
 * KH 2025): the report year is the year whose actual the sheet reports, its target is that
 * year's plan (or the period's, for a five-year report), its baseline the year before's actual.
 * `hasBaseline`: the table has its own baseline column ("Thực hiện năm trước").
 */
export function reportYears(
  headings: readonly ColumnHeading[],
  title: { year?: number; span?: YearSpan },
  hasBaseline: boolean,
): ReportYears {
  const dated = datedHeadings(headings);
  const period = reportPeriod(headings, dated, title);
  if (!period) return { columns: [] };
  const year = period.to;
  const chosen = {
    target: targetFor(dated, period),
    actual: actualFor(dated, "actual", period),
    forecast: actualFor(dated, "forecast", period),
    baseline: hasBaseline ? undefined : baselineFor(dated, year),
  };
  const columns = dated.map((d): YearColumn => ({
    column: d.heading.column,
    kind: d.role === "target" ? "plan" : "actual",
    from: d.span.from,
    to: d.span.to,
    use: useOf(d, chosen, year),
  }));
  return { year, ...(period.from < period.to ? { span: period } : {}), columns };
}
