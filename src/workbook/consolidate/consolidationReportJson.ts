import type { ConsolidatedIndicator } from "../../engine/consolidate/types";
import { findingToJson, type FindingJson } from "../../engine/findings/finding";
import type { ActualValue } from "../../engine/model/indicator";
import type { Language, StatusId } from "../../engine/model/status";
import { formatAggregation } from "../../engine/read/formatAggregation";
import type { StatusCounts } from "../../engine/report/summarize";
import type { WorkbookConsolidation } from "./consolidateWorkbooks";

export interface ConsolidatedIndicatorJson {
  code: string | null;
  name: string;
  field: string | null;
  unit: string | null;
  /** The roll-up rule as the sheet words it ("tổng", "bình quân theo XH01"). */
  rule: string | null;
  /** A number, or a milestone state ("done", "in_progress", "not_done"); null when withheld. */
  actual: number | string | null;
  forecast: number | string | null;
  /** Actual or forecast rolled up from the sub-units present: those whose figure it lacks. */
  partial: { actual: string[] | null; forecast: string[] | null } | null;
  /** The target's figure when it is a level; else its text ("giảm 3-5%"). */
  target: number | string | null;
  targetText: string | null;
  targetFrom: "parent" | "sub_units" | null;
  status: StatusId;
  /** A weight base (dân số, số hộ) with no target: not judged, not counted. */
  basis: boolean;
  percent: number | null;
  forecastStatus: StatusId | null;
  findings: FindingJson[];
}

/** The `--json` document of `chitieu consolidate`; summary and findings as `chitieu check`'s. */
export interface ConsolidationReportJson {
  files: string[];
  plan: string | null;
  out: string | null;
  units: string[];
  period: string;
  indicators: ConsolidatedIndicatorJson[];
  summary: { total: number; counts: StatusCounts; sentence: string };
  findings: FindingJson[];
}

export interface ConsolidationReportSources {
  files: readonly string[];
  plan?: string;
  out?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function figure(value: ActualValue | undefined): number | string | null {
  if (!value) return null;
  return value.kind === "number" ? value.value : value.state;
}

function target(i: ConsolidatedIndicator): number | string | null {
  if (i.target?.value !== undefined && !i.target.relative && i.target.max === undefined)
    return i.target.value;
  return i.targetText ?? i.target?.value ?? null;
}

function indicatorJson(i: ConsolidatedIndicator, lang: Language): ConsolidatedIndicatorJson {
  return {
    code: i.code ?? null,
    name: i.name,
    field: i.field ?? null,
    unit: i.unit ?? null,
    rule: i.rule ? formatAggregation(i.rule, lang) : null,
    actual: figure(i.actual),
    forecast: figure(i.forecast),
    partial: i.partial
      ? { actual: i.partial.actual?.missing ?? null, forecast: i.partial.forecast?.missing ?? null }
      : null,
    target: target(i),
    targetText: i.targetText ?? null,
    targetFrom: i.targetFrom ?? null,
    status: i.status,
    basis: i.basis === true,
    percent: i.percent === undefined ? null : round2(i.percent),
    forecastStatus: i.forecastStatus ?? null,
    findings: i.findings.map((f) => findingToJson(f, lang)),
  };
}

export function consolidationReportJson(
  result: WorkbookConsolidation,
  sources: ConsolidationReportSources,
  lang: Language = "vi",
): ConsolidationReportJson {
  return {
    files: [...sources.files],
    plan: sources.plan ?? null,
    out: sources.out ?? null,
    units: result.units.map((u) => u.unit),
    period: result.summary.period,
    indicators: result.indicators.map((i) => indicatorJson(i, lang)),
    summary: {
      total: result.summary.total,
      counts: result.summary.counts,
      sentence: result.sentence,
    },
    findings: result.findings.map((f) => findingToJson(f, lang)),
  };
}
