import {
  compileTable,
  reportedFormula,
  type CompiledRow,
  type EntryKind,
} from "../../engine/distribute";
import type { RawCell } from "../../engine/model/cell";
import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";
import type { Language, StatusId } from "../../engine/model/status";
import { STATUS_LABELS } from "../../engine/model/status";
import type { IndicatorColumn, RawIndicatorRow } from "../../engine/read/rawRow";
import { address, columnLetter, rangeAddress } from "../a1";
import type { Change, ConditionalRule, EntryRule, WriteValue } from "../changeSet";
import { FORMAT, formatForUnit } from "../templates/numberFormats";
import { PLAN_COLUMNS, PLAN_HEADERS, PLAN_WIDTHS, planColumn } from "../templates/planColumns";
import { romanNumeral } from "../templates/romanNumeral";
import { SheetDraft } from "../templates/sheetDraft";
import { DISTRIBUTE_TEXT } from "./distributeText";
import type { WardRow } from "./wardRows";
import { TABLE_HEADER_STYLE } from "../templates/tableHeaderStyle";

export interface WardSheetOptions {
  sheet: string;
  parent: string;
  unit: string;
  year: number;
  period: PeriodId;
  lang: Language;
  atRiskTolerance?: number;
}

/** Where things sit on the sheet, for the identity, the collection and the tests. */
export interface WardSheetLayout {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** The cell counting the entries that report something (0: nothing sent yet). */
  reportedCell: string;
  /** Each indicator's sheet row, in the order of the rows given. */
  rows: number[];
  /** The ranges the sub-unit may type in. */
  entryRanges: string[];
  /** Rows whose last-year figure the sub-unit types (a change against last year). */
  typedBaselineRows: number[];
  compiled: CompiledRow[];
}

export interface WardSheet {
  changes: Change[];
  layout: WardSheetLayout;
}

const HEADER_ROW = 7;
const PROGRESS_ROW = 5;
const ENTRY_FILL = "#FFF2CC";

/** Statuses by the look Excel's own cell styles give them; the others stay plain. */
const LOOKS: Array<[ConditionalRule["look"], StatusId[]]> = [
  ["good", ["exceeded", "achieved", "on_track"]],
  ["neutral", ["at_risk"]],
  ["bad", ["lagging", "not_achieved", "invalid"]],
];

const col = (c: (typeof PLAN_COLUMNS)[number]) => planColumn(c);

/** The static cells of one row as the reader will find them, for the formula compiler. */
function rawPlanRow(sheet: string, row: number, ward: WardRow): RawIndicatorRow {
  const format = formatForUnit(ward.unit);
  const cell = (column: IndicatorColumn, value: WriteValue, numFmt?: string): RawCell => ({
    value: value === "" ? null : value,
    address: address(row, col(column as (typeof PLAN_COLUMNS)[number])),
    ...(numFmt ? { numFmt } : {}),
  });
  return {
    sheet,
    row,
    ...(ward.field ? { field: ward.field } : {}),
    cells: {
      code: cell("code", ward.code ?? null),
      name: cell("name", ward.name),
      unit: cell("unit", ward.unit),
      kind: cell("kind", ward.kind),
      aggregation: cell("aggregation", ward.aggregation),
      cumulative: cell("cumulative", ward.cumulative),
      baseline: cell("baseline", ward.baseline, format),
      target: cell("target", ward.target, typeof ward.target === "number" ? format : FORMAT.text),
      targetMax: cell("targetMax", ward.targetMax, format),
    },
  };
}

/** What a row's entry cells take: the engine's kind, and whether its figures are whole things. */
type EntryCells = EntryKind & { whole?: true };

/**
 * A figure of things counted one by one (households, works, people: the units shown as whole
 * numbers) takes whole numbers only: 0.515 trạm would show as "1" beside a % KH of 51.5.
 */
function entryCells(entry: EntryKind, unit: string): EntryCells {
  const counted =
    entry.kind === "figure" &&
    entry.min === 0 &&
    entry.max === undefined &&
    formatForUnit(unit) === FORMAT.count;
  return counted ? { ...entry, whole: true } : entry;
}

function boundsText(entry: EntryCells, lang: Language): string {
  const t = DISTRIBUTE_TEXT[lang].bounds;
  if (entry.kind !== "figure") return "";
  if (entry.whole) return t.whole;
  if (entry.max !== undefined) return t.rate;
  return entry.min === undefined ? t.any : t.min0;
}

function entryRule(entry: EntryCells): EntryRule {
  if (entry.kind === "state") return { type: "list", list: entry.choices };
  return {
    type: entry.whole ? "whole" : "decimal",
    ...(entry.min === undefined ? {} : { min: entry.min }),
    ...(entry.max === undefined ? {} : { max: entry.max }),
  };
}

/** "Đã nhập 12/45 chỉ tiêu": the actual cells filled (an error value counts: it was typed). */
function progressFormula(
  words: { before: string; after: string },
  actuals: string,
  total: number,
): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return `=${quote(words.before)}&COUNTA(${actuals})&${quote(`/${total} ${words.after}`)}`;
}

/** Consecutive rows with the same key, as ranges of one column span. */
function runs<T>(rows: readonly number[], key: (i: number) => T | undefined) {
  const out: Array<{ from: number; to: number; key: T }> = [];
  rows.forEach((row, i) => {
    const k = key(i);
    if (k === undefined) return;
    const last = out[out.length - 1];
    if (last && last.to === row - 1 && JSON.stringify(last.key) === JSON.stringify(k)) {
      last.to = row;
    } else out.push({ from: row, to: row, key: k });
  });
  return out;
}

function span(from: number, to: number, c1: number, c2: number): string {
  return rangeAddress({ row: from, column: c1 }, { row: to, column: c2 });
}

/**
 * The sub-unit's report sheet: the parent's indicators with the sub-unit's targets, locked;
 * yellow entry cells for the actual, the estimate, the notes (and last year's figure where a
 * change against it is planned), each with its validation; "% KH" and "Đánh giá" as formulas
 * that judge as the engine does, coloured by conditional formats; the sheet protected without
 * a password. It reads as a plan table of the template's columns.
 */
export function wardSheet(rows: readonly WardRow[], o: WardSheetOptions): WardSheet {
  const t = DISTRIBUTE_TEXT[o.lang];
  const periodLabel = PERIOD_LABELS[o.lang][o.period];
  const width = PLAN_COLUMNS.length;
  const draft = new SheetDraft(o.sheet);
  draft.addRow([t.authority(o.unit)]);
  draft.addRow([t.title(periodLabel, o.year)]);
  draft.addRow([`${t.unit}: ${o.unit}`]);
  draft.addRow([`${t.period}: ${periodLabel}`]);
  draft.addRow([`${t.issuedBy}: ${o.parent}. ${t.fill}`]);
  draft.addRow([]);
  draft.merge(1, 1, 6);
  draft.merge(2, 1, width);
  draft.style(1, 1, 1, 1, { bold: true });
  draft.style(2, 1, 2, 1, { bold: true, fontSize: 14, horizontal: "center", wrap: true });
  draft.style(3, 1, 4, 1, { italic: true });
  draft.style(PROGRESS_ROW, 1, PROGRESS_ROW, 1, { italic: true, fontColor: "#7F6000" });
  draft.style(PROGRESS_ROW, col("targetMax"), PROGRESS_ROW, col("targetMax"), {
    bold: true,
    horizontal: "right",
  });
  // The count of reporting entries that the formulas read; the cell shows nothing.
  draft.style(PROGRESS_ROW, col("forecast"), PROGRESS_ROW, col("forecast"), {
    numberFormat: ";;;",
  });
  draft.addRow(PLAN_COLUMNS.map((c) => PLAN_HEADERS[o.lang][c]));
  draft.style(HEADER_ROW, 1, HEADER_ROW, width, TABLE_HEADER_STYLE);

  const changesAfter: Change[] = [];
  const planRows: RawIndicatorRow[] = [];
  const sheetRows: number[] = [];
  let field: string | undefined;
  let fieldCount = 0;
  let stt = 0;
  for (const ward of rows) {
    if (ward.field !== undefined && ward.field !== field) {
      field = ward.field;
      fieldCount += 1;
      stt = 0;
      const groupRow = draft.addRow([
        romanNumeral(fieldCount),
        null,
        field.toLocaleUpperCase("vi"),
      ]);
      draft.style(groupRow, 1, groupRow, width, { bold: true, fill: "#F2F2F2", border: true });
    }
    stt += 1;
    const row = draft.nextRow;
    const note = ward.unsplit
      ? t.unsplitTarget(o.parent)
      : ward.allocated
        ? null
        : t.sharedTarget(o.parent);
    const values: Record<(typeof PLAN_COLUMNS)[number], WriteValue> = {
      stt,
      code: ward.code ?? null,
      name: ward.name,
      unit: ward.unit,
      kind: ward.kind,
      aggregation: ward.aggregation,
      cumulative: ward.cumulative,
      baseline: ward.baseline,
      target: ward.target,
      targetMax: ward.targetMax,
      actual: null,
      forecast: null,
      percent: null,
      status: null,
      notes: note,
    };
    draft.addRow(PLAN_COLUMNS.map((c) => values[c]));
    const format = formatForUnit(ward.unit);
    draft.style(row, col("baseline"), row, col("baseline"), { numberFormat: format });
    draft.style(row, col("actual"), row, col("forecast"), { numberFormat: format });
    draft.style(row, col("target"), row, col("targetMax"), {
      numberFormat: typeof ward.target === "number" ? format : FORMAT.text,
    });
    planRows.push(rawPlanRow(o.sheet, row, ward));
    sheetRows.push(row);
  }
  const firstRow = HEADER_ROW + 1;
  const lastRow = Math.max(firstRow, draft.nextRow - 1);
  const reportedCell = address(PROGRESS_ROW, col("forecast"));
  const letter = (c: (typeof PLAN_COLUMNS)[number]) => columnLetter(col(c));
  const typedBaselineRows: number[] = [];
  const [actual, forecast, status, baseline] = (
    ["actual", "forecast", "status", "baseline"] as const
  ).map(letter);
  const cells = sheetRows.map((row, i) => {
    const typed = rows[i].baseline === null;
    return {
      actual: `${actual}${row}`,
      forecast: `${forecast}${row}`,
      status: `${status}${row}`,
      ...(typed ? { baseline: `${baseline}${row}` } : {}),
    };
  });
  const compiled = compileTable(planRows, cells, {
    period: o.period,
    lang: o.lang,
    reported: `$${letter("forecast")}$${PROGRESS_ROW}`,
    ...(o.atRiskTolerance === undefined ? {} : { atRiskTolerance: o.atRiskTolerance }),
  });
  compiled.forEach((c, i) => {
    // Last year's figure is typed only where a change against it is planned and missing.
    if (c.typedBaseline) typedBaselineRows.push(sheetRows[i]);
  });

  draft.fitRows(firstRow, lastRow, [
    { columns: [col("name")], width: PLAN_WIDTHS.name },
    { columns: [col("notes")], width: PLAN_WIDTHS.notes },
  ]);
  const heights: Record<string, number> = { [String(HEADER_ROW)]: 32 };
  changesAfter.push({ kind: "rowHeights", sheet: o.sheet, heights });
  draft.style(firstRow, 1, lastRow, width, { border: true, vertical: "top" });
  draft.style(firstRow, col("name"), lastRow, col("name"), { wrap: true });
  draft.style(firstRow, col("notes"), lastRow, col("notes"), { wrap: true });
  draft.style(firstRow, col("percent"), lastRow, col("percent"), { numberFormat: "0.0" });
  draft.freeze(HEADER_ROW, col("name"));
  draft.widths(PLAN_COLUMNS.map((c) => (c === "status" ? 19 : PLAN_WIDTHS[c])));
  draft.print({
    orientation: "landscape",
    paper: "A4",
    titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    fitToWidth: true,
    margins: "narrow",
  });

  const changes = [...draft.changes(), ...changesAfter];
  const sheet = o.sheet;
  const rowIndex = new Map(sheetRows.map((row, i) => [row, i]));
  const allRows = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i);
  const formulaRows = allRows.map((row) => {
    const i = rowIndex.get(row);
    return i === undefined ? [null, null] : [compiled[i].percent, compiled[i].status];
  });
  changes.push({
    kind: "formulas",
    sheet,
    anchor: address(PROGRESS_ROW, col("targetMax")),
    rows: [
      [
        progressFormula(
          t.entered,
          span(firstRow, lastRow, col("actual"), col("actual")),
          rows.length,
        ),
        null,
        reportedFormula([span(firstRow, lastRow, col("actual"), col("forecast"))]),
      ],
    ],
  });
  if (sheetRows.length > 0) {
    changes.push({
      kind: "formulas",
      sheet,
      anchor: address(firstRow, col("percent")),
      rows: formulaRows,
    });
  }

  // Entry cells: yellow, unlocked, validated.
  const entryRanges: string[] = [];
  const entries = runs(sheetRows, () => true);
  for (const run of entries) {
    entryRanges.push(span(run.from, run.to, col("actual"), col("forecast")));
    entryRanges.push(span(run.from, run.to, col("notes"), col("notes")));
  }
  for (const row of typedBaselineRows) {
    entryRanges.push(address(row, col("baseline")));
  }
  for (const range of entryRanges) {
    changes.push({ kind: "style", sheet, range, style: { fill: ENTRY_FILL } });
  }
  const kinds = runs(sheetRows, (i) => entryCells(compiled[i].entry, rows[i].unit));
  for (const run of kinds) {
    const entry = run.key;
    const bounds = boundsText(entry, o.lang);
    const prompt =
      entry.kind === "state"
        ? t.statePrompt
        : { title: t.figurePrompt.title, message: t.figurePrompt.message(bounds) };
    const error =
      entry.kind === "state"
        ? t.stateError
        : { title: t.figureError.title, message: t.figureError.message(bounds) };
    changes.push({
      kind: "entryValidation",
      sheet,
      range: span(run.from, run.to, col("actual"), col("forecast")),
      rule: entryRule(entry),
      prompt,
      error,
    });
  }
  for (const row of typedBaselineRows) {
    const i = rowIndex.get(row) ?? 0;
    const entry = entryCells(compiled[i].entry, rows[i].unit);
    const bounds = boundsText(entry.kind === "figure" ? entry : { kind: "figure", min: 0 }, o.lang);
    changes.push({
      kind: "entryValidation",
      sheet,
      range: address(row, col("baseline")),
      rule: entryRule(entry.kind === "figure" ? entry : { kind: "figure", min: 0 }),
      prompt: t.baselinePrompt,
      error: { title: t.figureError.title, message: t.figureError.message(bounds) },
    });
  }

  // Status colours as the check writes them, from the status word the formula gives.
  const statusRef = `$${letter("status")}${firstRow}`;
  const rules: ConditionalRule[] = LOOKS.map(([look, statuses]) => ({
    look,
    formula: `OR(${statuses.map((s) => `${statusRef}="${STATUS_LABELS[o.lang][s]}"`).join(",")})`,
  }));
  changes.push({
    kind: "conditionalFormat",
    sheet,
    range: span(firstRow, lastRow, col("percent"), col("status")),
    rules,
  });
  changes.push({ kind: "protectSheet", sheet, unlocked: entryRanges });

  return {
    changes,
    layout: {
      headerRow: HEADER_ROW,
      firstRow,
      lastRow,
      reportedCell,
      rows: sheetRows,
      entryRanges,
      typedBaselineRows,
      compiled,
    },
  };
}
