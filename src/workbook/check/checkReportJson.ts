import { findingToJson, type FindingJson } from "../../engine/findings/finding";
import type { Language, StatusId } from "../../engine/model/status";
import type { StatusCounts } from "../../engine/report/summarize";
import { reportSentence } from "../../engine/report/reportSentence";
import type { WorkbookCheck } from "./checkWorkbook";

export interface IndicatorJson {
  code: string | null;
  name: string;
  field: string | null;
  row: number | null;
  status: StatusId;
  percent: number | null;
  forecastStatus: StatusId | null;
  findings: FindingJson[];
}

export interface TableJson {
  unit: string | null;
  period: string;
  indicators: IndicatorJson[];
  summary: { total: number; counts: StatusCounts; sentence: string };
}

export interface CheckReportJson {
  file: string | null;
  sheets: Array<{ sheet: string; tables: TableJson[] }>;
  summary: { total: number; counts: StatusCounts; sentence: string };
  findings: FindingJson[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The `--json` document of `chitieu check`. */
export function checkReportJson(
  check: WorkbookCheck,
  file: string | null,
  lang: Language = "vi",
): CheckReportJson {
  const all = check.results;
  return {
    file,
    sheets: check.sheets.map((s) => ({
      sheet: s.sheet,
      tables: s.tables.map(({ table, check: plan }) => ({
        unit: table.unit ?? null,
        period: plan.summary.period,
        indicators: plan.results.map((r) => ({
          code: r.indicator.code ?? null,
          name: r.indicator.name,
          field: r.indicator.field ?? null,
          row: r.indicator.row ?? null,
          status: r.status,
          percent: r.percent === undefined ? null : round2(r.percent),
          forecastStatus: r.forecastStatus ?? null,
          findings: r.findings.map((f) => findingToJson(f, lang)),
        })),
        summary: {
          total: plan.summary.total,
          counts: plan.summary.counts,
          sentence: reportSentence(plan.summary, plan.results, lang),
        },
      })),
    })),
    summary: {
      total: check.summary.total,
      counts: check.summary.counts,
      sentence: reportSentence(check.summary, all, lang),
    },
    findings: check.findings.map((f) => findingToJson(f, lang)),
  };
}
