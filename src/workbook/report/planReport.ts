import type { IndicatorResult } from "../../engine/check/checkPlan";
import { findingMessage, findingPlace } from "../../engine/findings/finding";
import { isYearEnd, type PeriodId } from "../../engine/model/period";
import { STATUS_LABELS, type Language } from "../../engine/model/status";
import { fieldSections, type FieldSection } from "../../engine/report/fieldSections";
import {
  figureText,
  judgedFigure,
  percentText,
  targetText,
} from "../../engine/report/indicatorPhrase";
import { displayName, reportSentence } from "../../engine/report/reportSentence";
import { subUnitReport, type SubUnitReport } from "../../engine/report/subUnitReport";
import { summarize, type Summary } from "../../engine/report/summarize";
import { foldText } from "../../engine/text/normalize";
import type { WorkbookCheck } from "../check/checkWorkbook";
import type { CheckedTable } from "../check/checkedTable";
import { chartTable, type ChartRow } from "./fieldChart";
import { planReportTitle, unitName } from "./reportTitle";

/** One row of the appendix table, as its cells read. */
export interface AppendixRow {
  field: string;
  name: string;
  unit: string;
  target: string;
  /** The figure judged ("" when none); `estimate` when it is the year's estimate. */
  figure: string;
  estimate: boolean;
  percent: string;
  status: string;
}

/** A finding a report lists for review, with its place. */
export interface ReviewItem {
  place: string;
  message: string;
}

/** Everything a plan report says, in the words of the engine: no docx here. */
export interface PlanReport {
  kind: "plan";
  lang: Language;
  /** The reporting unit ("Quận 7"), from the plan's title. */
  unit?: string;
  year?: number;
  period: PeriodId;
  /** The summary line under "BÁO CÁO". */
  title: string;
  summary: Summary;
  /** The engine's report sentence over the unit's own indicators. */
  sentence: string;
  fields: FieldSection[];
  subUnits?: SubUnitReport;
  rows: AppendixRow[];
  chart: ChartRow[];
  /** Errors and warnings found, for the officer to review before signing. */
  review: ReviewItem[];
  /** The indicators the report covers, in order (the appendix rows). */
  results: IndicatorResult[];
}

interface UnitTables {
  unit: string;
  tables: CheckedTable[];
}

/** A sheet's wide unit groups are its sub-units only beside a total group (see reportScope). */
function isSubUnitGroup(checked: CheckedTable, sheetHasTotal: boolean): boolean {
  const group = checked.table.group;
  return sheetHasTotal && group?.kind === "unit" && group.isTotal !== true;
}

/**
 * Splits a workbook's tables into the report's own and its sub-units': a wide sheet's unit
 * groups beside their total, and tables titled for another unit than the first one (a parent's
 * workbook holding its wards' sheets). Tables without a unit are the report's own.
 */
export function splitUnits(check: WorkbookCheck): { own: CheckedTable[]; subUnits: UnitTables[] } {
  const own: CheckedTable[] = [];
  const subUnits = new Map<string, UnitTables>();
  const add = (unit: string, checked: CheckedTable) => {
    const key = foldText(unit);
    const entry = subUnits.get(key) ?? { unit, tables: [] };
    entry.tables.push(checked);
    subUnits.set(key, entry);
  };
  let ownUnit: string | undefined;
  for (const sheet of check.sheets) {
    const hasTotal = sheet.tables.some((t) => t.table.group?.isTotal === true);
    for (const checked of sheet.tables) {
      const unit = checked.table.unit;
      if (isSubUnitGroup(checked, hasTotal)) {
        add(unit ?? sheet.sheet, checked);
        continue;
      }
      if (unit === undefined || checked.table.group?.kind === "measure") {
        own.push(checked);
        continue;
      }
      if (ownUnit === undefined) ownUnit = unit;
      if (foldText(unit) === foldText(ownUnit)) own.push(checked);
      else add(unit, checked);
    }
  }
  return { own, subUnits: [...subUnits.values()] };
}

function appendixRow(result: IndicatorResult, yearEnd: boolean, lang: Language): AppendixRow {
  const figure = judgedFigure(result, yearEnd);
  return {
    field: result.indicator.field ?? "",
    name: displayName(result.indicator),
    unit: result.indicator.unit?.trim() ?? "",
    target: targetText(result, lang) ?? "",
    figure: figure ? figureText(figure.value, undefined, lang) : "",
    estimate: figure?.estimate ?? false,
    percent: result.percent === undefined ? "" : percentText(result.percent, lang),
    status: STATUS_LABELS[lang][result.status],
  };
}

export interface PlanReportOptions {
  lang?: Language;
  /** Sub-units' own workbooks, checked for the same period (each table one sub-unit). */
  subUnitChecks?: readonly WorkbookCheck[];
}

/** How many findings the body lists for review before "và N phát hiện khác". */
const MAX_REVIEW = 12;

/**
 * The report on a checked plan workbook: its own indicators (the report's body and appendix)
 * and, when it holds or is given its sub-units' sheets, a paragraph and table on them.
 */
export function planReport(check: WorkbookCheck, options: PlanReportOptions = {}): PlanReport {
  const lang = options.lang ?? "vi";
  const { own, subUnits } = splitUnits(check);
  for (const other of options.subUnitChecks ?? []) {
    for (const sheet of other.sheets) {
      for (const checked of sheet.tables) {
        if (checked.table.group?.isTotal === true) continue;
        const unit = checked.table.unit ?? sheet.sheet;
        const found = subUnits.find((s) => foldText(s.unit) === foldText(unit));
        if (found) found.tables.push(checked);
        else subUnits.push({ unit, tables: [checked] });
      }
    }
  }
  const period = check.summary.period;
  const results = own.flatMap((t) => t.check.results);
  const summary = summarize(results, period);
  const first = own[0]?.table;
  const yearEnd = isYearEnd(period);
  const outcomes = subUnits.map((s) => {
    const unitResults = s.tables.flatMap((t) => t.check.results);
    return { unit: s.unit, results: unitResults, summary: summarize(unitResults, period) };
  });
  const serious = check.findings.filter((f) => f.severity !== "info");
  const review = serious.slice(0, MAX_REVIEW).map((f) => ({
    place: findingPlace(f),
    message: findingMessage(f, lang),
  }));
  if (serious.length > MAX_REVIEW) {
    const rest = serious.length - MAX_REVIEW;
    review.push({
      place: "",
      message: lang === "vi" ? `và ${rest} phát hiện khác.` : `and ${rest} more findings.`,
    });
  }
  return {
    kind: "plan",
    lang,
    ...(first?.unit === undefined ? {} : { unit: unitName(first.unit) }),
    ...(first?.year === undefined ? {} : { year: first.year }),
    period,
    title: planReportTitle(period, first?.year, lang),
    summary,
    sentence: reportSentence(summary, results, lang),
    fields: fieldSections(summary, results, lang),
    ...(outcomes.length > 0 ? { subUnits: subUnitReport(outcomes, lang) } : {}),
    rows: results.map((r) => appendixRow(r, yearEnd, lang)),
    chart: chartTable(summary, results),
    review,
    results,
  };
}
