import { findingPlace } from "../../engine/findings/finding";
import type { ConsolidatedIndicator, Consolidation } from "../../engine/consolidate/types";
import type { ActualValue, MilestoneState } from "../../engine/model/indicator";
import { isYearEnd, PERIOD_LABELS } from "../../engine/model/period";
import { STATUS_LABELS, type Language, type StatusId } from "../../engine/model/status";
import { formatAggregation } from "../../engine/read/formatAggregation";
import { parseNumberText } from "../../engine/numbers/parseNumber";
import { rangeAddress } from "../a1";
import {
  changeSet,
  type Change,
  type ChangeSet,
  type PrintSetup,
  type WriteValue,
} from "../changeSet";
import { decimalsNeeded, decimalsOf, fixedFormat, roundTo } from "../figureDecimals";
import { SheetDraft } from "../templates/sheetDraft";
import { titleBlock, type TitleBlock, type TitleBlockRows } from "../templates/titleBlock";
import { uniqueSheetName } from "../templates/sheetName";
import { STATUS_STYLE } from "../write/statusStyle";
import { NOTICE_ROW, OWNED_NOTICE } from "./ownedSheets";

export interface ConsolidationSheetsOptions {
  /** The parent's unit ("Quận 7"); "các đơn vị" when absent. */
  parentUnit?: string;
  /** Sheets already in the workbook: the new ones never take their names. */
  existingSheets?: string[];
  /**
   * The add-in's own sheets from an earlier run (isOwnConsolidationSheet): deleted first, so the
   * new output takes their names. Never a sheet the user made.
   */
  replaceSheets?: string[];
  lang?: Language;
}

export interface ConsolidationSheets {
  summarySheet: string;
  sourcesSheet: string;
  matrixSheet: string;
  changes: ChangeSet;
}

const WORDS = {
  vi: {
    summary: "Tổng hợp",
    all: "các đơn vị",
    summaryTitle: (year?: number) =>
      `BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI${year ? ` NĂM ${year}` : ""}`,
    period: (label: string, units: number) =>
      `Kỳ báo cáo: ${label}; tổng hợp số liệu của ${units} đơn vị`,
    sources: "Nguồn",
    sourcesTitle: "NGUỒN SỐ LIỆU TỔNG HỢP",
    sourcesSubtitle: "Đơn vị nào cho số nào, lấy ở trang nào, ô nào",
    matrix: "Ma trận đánh giá",
    matrixTitle: "ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU THEO TỪNG ĐƠN VỊ",
    header: [
      "Mã",
      "Chỉ tiêu",
      "ĐVT",
      "Cách tổng hợp",
      "Kế hoạch",
      "Thực hiện (tổng hợp)",
      "% KH",
      "Đánh giá",
      "Ghi chú",
    ],
    partial: (units: string) => `Số tạm tính, còn thiếu: ${units}`,
    suspect: (places: string) => `Số nghi nhầm đơn vị tính, chưa tổng hợp: ${places}`,
    onForecast: "Số ước cả năm: chưa có số thực hiện, đánh giá theo số ước",
    basis: "Quyền số để tính bình quân; không giao kế hoạch, không đánh giá",
    sourceHeader: ["Mã", "Chỉ tiêu", "Đơn vị", "Trang", "Ô", "Cột", "Giá trị", "Được tính"],
    unitColumn: "Chỉ tiêu \\ Đơn vị",
    consolidated: "Tổng hợp",
    yes: "có",
    no: "không",
    columns: { baseline: "Cùng kỳ", target: "Kế hoạch", actual: "Thực hiện", forecast: "Ước" },
    milestone: { done: "Hoàn thành", in_progress: "Đang thực hiện", not_done: "Chưa thực hiện" },
  },
  en: {
    summary: "Consolidated",
    all: "all units",
    summaryTitle: (year?: number) =>
      `CONSOLIDATED REPORT ON THE SOCIO-ECONOMIC INDICATORS${year ? `, ${year}` : ""}`,
    period: (label: string, units: number) =>
      `Reporting period: ${label}; figures of ${units} sub-unit${units === 1 ? "" : "s"}`,
    sources: "Sources",
    sourcesTitle: "SOURCES OF THE CONSOLIDATED FIGURES",
    sourcesSubtitle: "Which sub-unit gave which figure, from which sheet and cell",
    matrix: "Status matrix",
    matrixTitle: "STATUS OF THE INDICATORS BY SUB-UNIT",
    header: [
      "Code",
      "Indicator",
      "Unit",
      "Rule",
      "Target",
      "Actual (rolled up)",
      "% plan",
      "Status",
      "Note",
    ],
    partial: (units: string) => `Partial figure, missing: ${units}`,
    suspect: (places: string) => `Looks like a unit slip, not rolled up: ${places}`,
    onForecast: "Full-year forecast: no actual yet, judged on the forecast",
    basis: "Weight for the averages; no target, not judged",
    sourceHeader: ["Code", "Indicator", "Sub-unit", "Sheet", "Cell", "Column", "Value", "Used"],
    unitColumn: "Indicator \\ Sub-unit",
    consolidated: "Consolidated",
    yes: "yes",
    no: "no",
    columns: { baseline: "Baseline", target: "Target", actual: "Actual", forecast: "Forecast" },
    milestone: { done: "Done", in_progress: "In progress", not_done: "Not done" },
  },
} as const;

const HEADER_STYLE = { bold: true, fill: "#DDEBF7", border: true, wrap: true } as const;

function figure(value: ActualValue | undefined, lang: Language): WriteValue {
  if (!value) return null;
  return value.kind === "number" ? value.value : WORDS[lang].milestone[value.state];
}

function sourceValue(value: number | MilestoneState, lang: Language): WriteValue {
  return typeof value === "number" ? value : WORDS[lang].milestone[value];
}

/**
 * "Số tạm tính, còn thiếu: Phường C": a partial figure says whose part it lacks; a weight base
 * without target says why it is not judged.
 */
function noteOf(i: ConsolidatedIndicator, lang: Language, yearEnd: boolean): WriteValue {
  // "Số liệu lỗi" with an empty note would not say which sub-unit's figure held it up.
  const suspect = i.findings
    .filter((f) => f.rule === "figure_suspect")
    .map((f) => `${String(f.params.unit)} (${findingPlace(f)})`);
  if (suspect.length > 0) return WORDS[lang].suspect(suspect.join(", "));
  const missing = i.partial?.actual?.missing ?? i.partial?.forecast?.missing;
  if (missing) return WORDS[lang].partial(missing.join(", "));
  if (onForecast(i, yearEnd)) return WORDS[lang].onForecast;
  return i.basis ? WORDS[lang].basis : null;
}

/** At year end an indicator with no actual is judged on its forecast: that is the figure shown. */
function onForecast(i: ConsolidatedIndicator, yearEnd: boolean): boolean {
  return yearEnd && i.actual === undefined && i.forecast !== undefined;
}

/**
 * A plain figure as a number ("61.6" typed, 61,6 written); a target in words ("từ 12% trở lên")
 * stays text.
 */
function targetCell(i: ConsolidatedIndicator): WriteValue {
  const value = i.target?.value;
  if (value === undefined) return i.targetText ?? null;
  if (i.targetText === undefined) return value;
  const plain = parseNumberText(i.targetText, "vi");
  const english = parseNumberText(i.targetText, "en");
  const same = (p: typeof plain) => p.ok && Math.abs(p.value - value) < 1e-9;
  return same(plain) || same(english) ? value : i.targetText;
}

/** The most decimals an average's own digits add (12,47%): more would be noise. */
const AVERAGE_DECIMALS = 2;

/**
 * The decimals an indicator's figures are shown with: those of its most precise typed figure,
 * and those the rolled-up figure needs itself, up to two (an average of 12 and 13 is 12,5, not
 * 13; the parent's own 10,2 is not 10), so that its "% KH" can be checked from what is shown.
 */
function indicatorDecimals(i: ConsolidatedIndicator): number {
  const own = [i.actual, i.forecast].map((v) =>
    v?.kind === "number" ? Math.min(AVERAGE_DECIMALS, decimalsOf(v.value)) : 0,
  );
  return Math.max(
    ...own,
    decimalsNeeded([
      i.target?.value,
      ...i.sources.map((s) => (typeof s.value === "number" ? s.value : undefined)),
    ]),
  );
}

/** Consecutive rows with one number format, as runs (one style change each). */
function formatRuns(
  rows: ReadonlyArray<{ row: number; format: string }>,
): Array<{ from: number; to: number; format: string }> {
  const runs: Array<{ from: number; to: number; format: string }> = [];
  for (const { row, format } of rows) {
    const last = runs[runs.length - 1];
    if (last && last.format === format && last.to === row - 1) last.to = row;
    else runs.push({ from: row, to: row, format });
  }
  return runs;
}

/** Thin borders on the table's body, text on top; long texts wrap inside their columns. */
function tableStyle(
  draft: SheetDraft,
  headerRow: number,
  last: number,
  width: number,
  wrapped: readonly number[],
): void {
  if (last <= headerRow) return;
  draft.style(headerRow + 1, 1, last, width, { border: true, vertical: "top" });
  for (const column of wrapped) draft.style(headerRow + 1, column, last, column, { wrap: true });
}

/**
 * A4 landscape fitted to the page width, the header row on every page, from the title block to
 * the table's last row: the notice in row 1 stays on screen, off the paper.
 */
function printSetup(headerRow: number, last: number, width: number): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    titleRows: `${headerRow}:${headerRow}`,
    fitToWidth: true,
    area: rangeAddress(
      { row: NOTICE_ROW + 1, column: 1 },
      { row: Math.max(last, headerRow), column: width },
    ),
    margins: "narrow",
  };
}

/**
 * The notice in row 1 (see ownedSheets.ts), then the form's title block: the parent's
 * committee top left, the title centred, the period under it.
 */
function titled(
  draft: SheetDraft,
  block: Omit<TitleBlock, "lang">,
  lang: Language,
): TitleBlockRows {
  draft.addRow([OWNED_NOTICE[lang]]);
  draft.style(NOTICE_ROW, 1, NOTICE_ROW, 1, { italic: true, fontColor: "#595959" });
  return titleBlock(draft, { ...block, gap: true, lang });
}

function statusCell(draft: SheetDraft, row: number, column: number, status: StatusId): void {
  draft.style(row, column, row, column, STATUS_STYLE[status]);
}

/**
 * The output of a consolidation as new sheets: "Tổng hợp <parent>" with each indicator's
 * rolled-up figure and status, "Nguồn" with which sub-unit gave which figure from which cell,
 * and the sub-unit × indicator matrix coloured by status. Values only: text that came in is
 * written as text, never as a formula.
 */
export function consolidationSheets(
  result: Consolidation & { year?: number },
  options: ConsolidationSheetsOptions = {},
): ConsolidationSheets {
  const lang = options.lang ?? "vi";
  const words = WORDS[lang];
  const replaced = options.replaceSheets ?? [];
  const taken = (options.existingSheets ?? []).filter(
    (s) => !replaced.some((r) => r.toLocaleLowerCase("vi") === s.toLocaleLowerCase("vi")),
  );
  const name = (wanted: string) => {
    const sheet = uniqueSheetName(wanted, taken);
    taken.push(sheet);
    return sheet;
  };
  const summarySheet = name(`${words.summary} ${options.parentUnit ?? words.all}`);
  const sourcesSheet = name(words.sources);
  const matrixSheet = name(words.matrix);

  const yearEnd = isYearEnd(result.summary.period);
  const periodLine = words.period(PERIOD_LABELS[lang][result.summary.period], result.units.length);
  const unit = options.parentUnit === undefined ? {} : { unit: options.parentUnit };
  const summaryWidths = [7, 46, 12, 15, 15, 13, 8, 12, 28];
  const summary = new SheetDraft(summarySheet);
  titled(
    summary,
    {
      ...unit,
      title: words.summaryTitle(result.year),
      subtitles: [periodLine],
      widths: summaryWidths,
    },
    lang,
  );
  const sentenceRow = summary.addRow([result.sentence]);
  summary.merge(sentenceRow, 1, WORDS[lang].header.length);
  summary.style(sentenceRow, 1, sentenceRow, 1, { wrap: true, vertical: "top" });
  summary.addRow([]);
  const headerRow = summary.addRow([...words.header]);
  summary.style(headerRow, 1, headerRow, words.header.length, HEADER_STYLE);
  const numberStyles: Array<{ row: number; format: string }> = [];
  for (const i of result.indicators) {
    const percent = i.percent === undefined ? null : Math.round(i.percent * 10) / 10;
    const decimals = indicatorDecimals(i);
    const actual = figure(onForecast(i, yearEnd) ? i.forecast : i.actual, lang);
    const row = summary.addRow([
      i.code ?? null,
      i.name,
      i.unit ?? null,
      i.rule ? formatAggregation(i.rule, lang) : null,
      targetCell(i),
      typeof actual === "number" ? roundTo(actual, decimals) : actual,
      percent,
      STATUS_LABELS[lang][i.status],
      noteOf(i, lang, yearEnd),
    ]);
    numberStyles.push({ row, format: fixedFormat(decimals) });
    statusCell(summary, row, 8, i.status);
  }
  const last = summary.nextRow - 1;
  tableStyle(summary, headerRow, last, words.header.length, [2, 3, 4, 5, 9]);
  for (const run of formatRuns(numberStyles)) {
    summary.style(run.from, 5, run.to, 6, { numberFormat: run.format, horizontal: "right" });
  }
  if (last > headerRow) summary.style(headerRow + 1, 7, last, 7, { numberFormat: "0.0" });
  summary.widths(summaryWidths);
  const total = summaryWidths.reduce((a, b) => a + b, 0);
  summary.fitRows(sentenceRow, sentenceRow, [{ columns: [1], width: total }]);
  summary.style(headerRow, 1, headerRow, words.header.length, { vertical: "middle" });
  summary.fitRows(
    headerRow,
    last,
    [2, 3, 4, 5, 9, 6].map((c) => ({ columns: [c], width: summaryWidths[c - 1] })),
  );
  summary.print(printSetup(headerRow, last, words.header.length));
  summary.freeze(headerRow, 2);

  const sourceWidths = [8, 56, 22, 30, 7, 11, 12, 9];
  const sources = new SheetDraft(sourcesSheet);
  titled(
    sources,
    {
      ...unit,
      title: words.sourcesTitle,
      subtitles: [words.sourcesSubtitle, periodLine],
      widths: sourceWidths,
    },
    lang,
  );
  sources.addRow([]);
  const sourceHeaderRow = sources.addRow([...words.sourceHeader]);
  sources.style(sourceHeaderRow, 1, sourceHeaderRow, words.sourceHeader.length, HEADER_STYLE);
  const sourceStyles: Array<{ row: number; format: string }> = [];
  for (const i of result.indicators) {
    const format = fixedFormat(indicatorDecimals(i));
    for (const s of i.sources) {
      const row = sources.addRow([
        i.code ?? null,
        i.name,
        s.unit,
        s.sheet ?? null,
        s.cell ?? null,
        words.columns[s.column],
        sourceValue(s.value, lang),
        s.used ? words.yes : words.no,
      ]);
      sourceStyles.push({ row, format });
    }
  }
  const lastSource = sources.nextRow - 1;
  tableStyle(sources, sourceHeaderRow, lastSource, words.sourceHeader.length, [2, 3, 4]);
  for (const run of formatRuns(sourceStyles)) {
    sources.style(run.from, 7, run.to, 7, { numberFormat: run.format, horizontal: "right" });
  }
  sources.widths(sourceWidths);
  sources.fitRows(
    sourceHeaderRow,
    lastSource,
    [2, 3, 4].map((c) => ({ columns: [c], width: sourceWidths[c - 1] })),
  );
  sources.freeze(sourceHeaderRow, 0);
  sources.print(printSetup(sourceHeaderRow, lastSource, words.sourceHeader.length));

  const { units, rows } = result.matrix;
  const matrixWidths = [8, 40, ...units.map(() => 12), 12];
  const matrix = new SheetDraft(matrixSheet);
  titled(
    matrix,
    { ...unit, title: words.matrixTitle, subtitles: [periodLine], widths: matrixWidths },
    lang,
  );
  matrix.addRow([]);
  const matrixHeaderRow = matrix.addRow([
    words.header[0],
    words.unitColumn,
    ...units,
    words.consolidated,
  ]);
  matrix.style(matrixHeaderRow, 1, matrixHeaderRow, units.length + 3, HEADER_STYLE);
  for (const r of rows) {
    const row = matrix.addRow([
      r.code ?? null,
      r.name,
      ...r.statuses.map((s) => (s === null ? null : STATUS_LABELS[lang][s])),
      STATUS_LABELS[lang][r.consolidated],
    ]);
    r.statuses.forEach((s, k) => {
      if (s !== null) statusCell(matrix, row, k + 3, s);
    });
    statusCell(matrix, row, units.length + 3, r.consolidated);
  }
  const lastMatrixRow = matrix.nextRow - 1;
  // Every column wraps: "Không giao kế hoạch" takes two lines of its narrow column.
  tableStyle(
    matrix,
    matrixHeaderRow,
    lastMatrixRow,
    units.length + 3,
    matrixWidths.map((_, k) => k + 1),
  );
  matrix.widths(matrixWidths);
  matrix.fitRows(
    matrixHeaderRow,
    lastMatrixRow,
    matrixWidths.map((width, k) => ({ columns: [k + 1], width })),
  );
  matrix.freeze(matrixHeaderRow, 2);
  matrix.print(printSetup(matrixHeaderRow, lastMatrixRow, units.length + 3));

  return {
    summarySheet,
    sourcesSheet,
    matrixSheet,
    changes: changeSet([
      ...replaced.map((sheet): Change => ({ kind: "deleteOwnSheet", sheet })),
      ...summary.changes(),
      ...sources.changes(summarySheet),
      ...matrix.changes(sourcesSheet),
    ]),
  };
}
