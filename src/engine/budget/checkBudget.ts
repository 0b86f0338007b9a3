import { finding, type Finding } from "../findings/finding";
import { cellAddress } from "./cellAddress";
import type { PeriodId } from "../model/period";
import type { Language } from "../model/status";
import { detectNumberStyle } from "../numbers/detectNumberStyle";
import type { NumberStyle } from "../numbers/parseNumber";
import { foldText } from "../text/normalize";
import type { BudgetLineResult } from "./budgetLine";
import { budgetSentence, type SentenceInput } from "./budgetSentence";
import { budgetStatusLabel } from "./budgetStatus";
import { checkPercents } from "./checkPercents";
import { checkShares } from "./checkShares";
import { checkSlips } from "./checkSlips";
import { checkSums } from "./checkSums";
import { checkUnits, tableUnit } from "./checkUnits";
import { FIGURE_COLUMNS, type FigureColumn } from "./columnLabels";
import { judgeLine } from "./judgeLine";
import { readUnit } from "./moneyUnit";
import { prepareLines } from "./prepareLines";
import {
  AMOUNT_COLUMNS,
  type BudgetColumn,
  type BudgetTableKind,
  type RawBudgetTable,
} from "./rawBudget";
import { resolveHierarchy } from "./resolveHierarchy";
import { resolveSections } from "./resolveSection";
import { sectionTotals, type SectionTotal } from "./sectionTotals";
import { numberIn, type WorkLine } from "./workLine";

export interface BudgetCheckOptions {
  /** The period the execution covers; else the table's, else the whole year. */
  period?: PeriodId;
  /** Language of the status labels and of `sentence`. */
  lang?: Language;
  /** Overrides the number style detected from the table's own text. */
  numberStyle?: NumberStyle;
}

export interface BudgetCheck {
  sheet: string;
  kind: BudgetTableKind;
  period: PeriodId;
  /** The unit of the table's amounts, as typed ("tỷ đồng"). */
  unit?: string;
  /** The number style the table's text figures were read in, when they settle one. */
  numberStyle?: NumberStyle;
  lines: BudgetLineResult[];
  /** Every line's findings, in row order. */
  findings: Finding[];
  /** Revenue and spending totals (amount tables). */
  totals: SectionTotal[];
  /** The report sentence in `lang`; budgetSentence(check.sentenceInput, other) gives the other. */
  sentence: string;
  sentenceInput: SentenceInput;
}

function figureTexts(table: RawBudgetTable): string[] {
  return table.rows.flatMap((row) =>
    FIGURE_COLUMNS.flatMap((column) => {
      const value = row.cells[column]?.value;
      return typeof value === "string" ? [value] : [];
    }),
  );
}

function hasColumn(
  table: RawBudgetTable,
  lines: readonly WorkLine[],
  column: FigureColumn,
): boolean {
  return (
    table.headers[column] !== undefined || lines.some((l) => l.figures[column].kind !== "empty")
  );
}

/** "Ước thực hiện 2023", "ƯTH", "Ước tính năm": the execution is itself an estimate. */
function isEstimateHeader(header: string | undefined): boolean {
  return /\b(uoc|uth)\b/.test(foldText(header ?? ""));
}

/** One finding on each top line that is neither revenue nor spending in a table to judge. */
function sectionFindings(lines: readonly WorkLine[], table: RawBudgetTable): void {
  for (const line of lines) {
    if (line.section || line.isTotal || line.caption || line.parent !== undefined) continue;
    const where = {
      sheet: table.sheet,
      cell: cellAddress(table, line.raw, "name"),
    };
    line.findings.push(finding("budget_no_section", { name: line.label }, where));
  }
}

function runChecks(
  lines: WorkLine[],
  table: RawBudgetTable,
  valueColumn: FigureColumn,
  hasActual: boolean,
): void {
  if (table.kind === "amounts") {
    checkSlips(lines, table);
    checkSums(lines, table);
    if (hasColumn(table, lines, "share")) checkShares(lines, table, "share");
    if (hasActual) sectionFindings(lines, table);
  } else if (table.kind === "breakdown") {
    checkSums(lines, table);
  } else {
    checkShares(lines, table, valueColumn === "share" ? "share" : "estimate");
    if (valueColumn === "share") checkSums(lines, table);
  }
  for (const line of lines) checkPercents(line, table);
}

function toResult(
  line: WorkLine,
  lines: readonly WorkLine[],
  status: BudgetLineResult["status"],
  lang: Language,
): BudgetLineResult {
  const amounts: BudgetLineResult["amounts"] = {};
  for (const column of AMOUNT_COLUMNS) {
    const value = numberIn(line, column);
    if (value !== undefined) amounts[column] = value;
  }
  const cells: BudgetLineResult["cells"] = {};
  for (const [column, cell] of Object.entries(line.raw.cells)) {
    if (cell?.address) cells[column as BudgetColumn] = cell.address;
  }
  const share = numberIn(line, "share");
  const parent = line.parent === undefined ? undefined : lines[line.parent];
  return {
    row: line.raw.row,
    ...(line.code ? { code: line.code.code } : {}),
    name: line.name,
    depth: line.depth,
    ...(parent ? { parentRow: parent.raw.row } : {}),
    isTotal: line.isTotal,
    memo: line.memo,
    ...(line.section ? { section: line.section } : {}),
    ...(line.unit ? { unit: line.unit.text } : {}),
    amounts,
    ...(share === undefined ? {} : { share }),
    ...(line.percents.ofEstimate === undefined
      ? {}
      : { percentOfEstimate: line.percents.ofEstimate }),
    ...(line.percents.typedOfEstimate === undefined
      ? {}
      : { typedPercentOfEstimate: line.percents.typedOfEstimate }),
    ...(line.percents.ofLastYear === undefined
      ? {}
      : { percentOfLastYear: line.percents.ofLastYear }),
    ...(line.percents.typedOfLastYear === undefined
      ? {}
      : { typedPercentOfLastYear: line.percents.typedOfLastYear }),
    status,
    label: budgetStatusLabel(status, lang),
    cells,
    findings: line.findings,
  };
}

/**
 * Checks one budget table: hierarchy from codes, numbered labels or indentation; revenue and
 * spending sections; parent lines against the sum of their children; typed percentages
 * against the amounts; spending over and revenue behind the (pro-rata) estimate; shares
 * summing to 100; figures 1,000 times too large; mixed units; blank, text and error cells.
 * Never throws and never changes the table; every problem is a finding at its cell.
 */
export function checkBudget(table: RawBudgetTable, options: BudgetCheckOptions = {}): BudgetCheck {
  const lang = options.lang ?? "vi";
  const period = options.period ?? table.period ?? "year";
  const numberStyle = options.numberStyle ?? detectNumberStyle(figureTexts(table));
  const lines = prepareLines({ table, style: numberStyle, unit: readUnit(table.moneyUnit) });
  resolveHierarchy(lines, table.kind);
  resolveSections(lines, table);
  const unit = tableUnit(table, lines);
  checkUnits(lines, table, unit);
  const valueColumn: FigureColumn =
    table.kind === "shares" && hasColumn(table, lines, "share") ? "share" : "estimate";
  const hasActual = hasColumn(table, lines, "actual");
  runChecks(lines, table, valueColumn, hasActual);
  // An actual column not filled in at all is an estimate awaiting execution, not 30 blanks.
  const actualsTyped = lines.some((line) => line.figures.actual.kind !== "empty");
  const context = {
    table,
    period,
    hasActual: hasActual && actualsTyped,
    valueColumn,
    ...(unit ? { unit } : {}),
  };
  const results = lines.map((line) => toResult(line, lines, judgeLine(line, context), lang));
  const totals = table.kind === "amounts" ? sectionTotals(lines) : [];
  const sentenceInput: SentenceInput = {
    kind: table.kind,
    period,
    ...(unit ? { unit } : {}),
    ...(table.title ? { title: table.title } : {}),
    actualIsEstimate: isEstimateHeader(table.headers.actual),
    totals,
    lines: lines
      .filter((line) => !line.caption && !line.memo)
      .map((line) => {
        const value = numberIn(line, valueColumn);
        return {
          name: line.name || line.label,
          depth: line.depth,
          isTotal: line.isTotal,
          ...(value === undefined ? {} : { value }),
        };
      }),
  };
  return {
    sheet: table.sheet,
    kind: table.kind,
    period,
    ...(unit ? { unit: unit.text } : {}),
    ...(numberStyle ? { numberStyle } : {}),
    lines: results,
    findings: results.flatMap((line) => line.findings),
    totals,
    sentence: budgetSentence(sentenceInput, lang),
    sentenceInput,
  };
}
