import type { BudgetStatusId } from "../../../engine/budget/budgetStatus";
import type { BudgetSection, BudgetTableKind } from "../../../engine/budget/rawBudget";
import type { SectionTotal } from "../../../engine/budget/sectionTotals";
import { findingToJson, type FindingJson } from "../../../engine/findings/finding";
import type { PeriodId } from "../../../engine/model/period";
import type { Language } from "../../../engine/model/status";
import type { BudgetWorkbookCheck } from "./checkBudgetWorkbook";

export interface BudgetLineJson {
  row: number;
  code: string | null;
  name: string;
  depth: number;
  section: BudgetSection | null;
  estimate: number | null;
  actual: number | null;
  /** A share table's Tỷ trọng (%). */
  share: number | null;
  percentOfEstimate: number | null;
  typedPercentOfEstimate: number | null;
  status: BudgetStatusId;
  label: string;
  findings: FindingJson[];
}

export interface BudgetTotalJson {
  section: BudgetSection;
  name: string;
  row: number | null;
  estimate: number | null;
  actual: number | null;
  percentOfEstimate: number | null;
}

export interface BudgetTableJson {
  title: string | null;
  unitName: string | null;
  kind: BudgetTableKind;
  period: PeriodId;
  /** The money unit of the amounts ("tỷ đồng"). */
  unit: string | null;
  /** Header row(s) of the table on the sheet, 1-based. */
  headerRows: number[];
  lines: BudgetLineJson[];
  totals: BudgetTotalJson[];
  sentence: string;
}

export interface BudgetReportJson {
  file: string | null;
  sheets: Array<{ sheet: string; tables: BudgetTableJson[] }>;
  sentences: string[];
  chartSheet: string | null;
  findings: FindingJson[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const orNull = (n: number | undefined) => (n === undefined ? null : n);
const percentOrNull = (n: number | undefined) => (n === undefined ? null : round2(n));

function totalJson(total: SectionTotal): BudgetTotalJson {
  return {
    section: total.section,
    name: total.name,
    row: orNull(total.row),
    estimate: orNull(total.estimate),
    actual: orNull(total.actual),
    percentOfEstimate: percentOrNull(total.percentOfEstimate),
  };
}

/** The `--json` document of `chitieu budget`; findings shaped as in `chitieu check --json`. */
export function budgetReportJson(
  check: BudgetWorkbookCheck,
  file: string | null,
  lang: Language = "vi",
): BudgetReportJson {
  return {
    file,
    sheets: check.sheets.map((s) => ({
      sheet: s.sheet,
      tables: s.tables.map(({ table, check: budget }) => ({
        title: table.title ?? null,
        unitName: table.unitName ?? null,
        kind: budget.kind,
        period: budget.period,
        unit: budget.unit ?? null,
        headerRows: table.headerRows,
        lines: budget.lines.map((line) => ({
          row: line.row,
          code: line.code ?? null,
          name: line.name,
          depth: line.depth,
          section: line.section ?? null,
          estimate: orNull(line.amounts.estimate),
          actual: orNull(line.amounts.actual),
          share: orNull(line.share),
          percentOfEstimate: percentOrNull(line.percentOfEstimate),
          typedPercentOfEstimate: percentOrNull(line.typedPercentOfEstimate),
          status: line.status,
          label: line.label,
          findings: line.findings.map((f) => findingToJson(f, lang)),
        })),
        totals: budget.totals.map(totalJson),
        sentence: budget.sentence,
      })),
    })),
    sentences: check.sentences,
    chartSheet: check.chartSheet ?? null,
    findings: check.findings.map((f) => findingToJson(f, lang)),
  };
}
