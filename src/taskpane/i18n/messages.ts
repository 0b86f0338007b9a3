import type { ExcelErrorCode } from "../gateway/excelErrorCode";
import type { WebRefusedPart } from "../../hosts/importRefusal";
import type { BudgetSection } from "../../engine/budget/rawBudget";
import type { BudgetStatusId } from "../../engine/budget/budgetStatus";
import type { PeriodId } from "../../engine/model/period";
import type { Language, StatusId } from "../../engine/model/status";
import type { SubmissionStatus } from "../../workbook/distribute/collect/submissionStatus";

/** The labels of the scope, period and run controls (RunOptions), in the Check and Ngân sách tabs. */
export interface RunLabels {
  scope: string;
  scopeActive: string;
  scopeAll: string;
  period: string;
  periodFromTitle: string;
  run: string;
}

/**
 * Every string the task pane and the preview show, in one language. vi.ts and en.ts each hold
 * one complete catalogue; strings with figures are functions that take them already formatted
 * for the language (formatNumber), so a catalogue never formats a number itself.
 */
export interface Messages {
  lang: Language;
  /** BCP 47 tag for the lang attribute. */
  htmlLang: string;
  app: {
    name: string;
    tagline: string;
    host: { starting: string; excel: string; otherHost: string; browser: string; preview: string };
    noWorkbook: string;
    /** The same, inside the browser preview: its own buttons open a workbook. */
    noWorkbookInPreview: string;
  };
  tabs: {
    label: string;
    templates: string;
    check: string;
    report: string;
    consolidate: string;
    budget: string;
    settings: string;
  };
  status: Record<StatusId, string>;
  /** The "Đánh giá" labels of budget lines (a caption line has none). */
  budgetStatus: Record<BudgetStatusId, string>;
  period: Record<PeriodId, string>;
  progress: {
    loading: string;
    reading: string;
    checking: string;
    writing: string;
    creating: string;
    rechecking: string;
  };
  errors: {
    title: string;
    read: string;
    write: string;
    select: string;
    copy: string;
    details: (message: string) => string;
    dismiss: string;
    /** Excel's error codes in plain words (see gateway/excelErrorCode.ts). */
    codes: Record<ExcelErrorCode, string>;
    /**
     * A change set refused before anything was written (the read saw Excel would fail
     * part-way): one message each, saying nothing was changed and what to do.
     */
    refused: {
      protected: (sheet: string) => string;
      merged: (sheet: string, range: string) => string;
      hidden: (sheet: string) => string;
    };
    /** The button that shows a hidden sheet and selects the finding's cell, when asked. */
    unhideAndSelect: string;
  };
  templates: {
    heading: string;
    intro: string;
    template: string;
    unit: string;
    unitPlaceholder: string;
    year: string;
    subUnits: string;
    subUnitsHint: string;
    create: string;
    unitRequired: string;
    yearInvalid: string;
    created: (sheets: string) => string;
  };
  check: RunLabels & {
    heading: string;
    notYet: string;
    noIndicators: string;
    withoutTable: (sheets: string) => string;
    checkedAt: (sheets: number, indicators: number) => string;
    highlightOff: string;
    summary: string;
    byField: string;
    fieldMet: (met: string, total: string, percent: string) => string;
    /** Mid-year: the count includes "on track", and the label says so. */
    fieldMetOnPace: (met: string, total: string, percent: string) => string;
    noField: string;
    findings: string;
    filter: string;
    noMatches: string;
    percentOfPlan: (percent: string) => string;
    rowLabel: (row: number) => string;
    sheetNotes: string;
    selectCell: (place: string) => string;
    watching: string;
    recheckedAt: (sheet: string) => string;
  };
  report: {
    heading: string;
    needCheck: string;
    runCheck: string;
    sentence: string;
    byField: string;
    copy: string;
    copied: string;
    chartHeading: string;
    chartIntro: string;
    insertChart: string;
    chartInserted: (sheet: string) => string;
    chartSheet: string;
    chartTitle: string;
    chartColumns: {
      field: string;
      indicators: string;
      met: string;
      metShare: string;
      /** Mid-year labels: the count includes "on track". */
      metOnPace: string;
      metShareOnPace: string;
      average: string;
    };
    /** "Kỳ báo cáo": the key of the period line under the chart sheet's title. */
    chartPeriod: string;
    chartNote: string;
    /** The Word report (Báo cáo tình hình thực hiện) built in the pane. */
    docxHeading: string;
    docxIntro: string;
    docxBudgetIntro: string;
    download: string;
    downloadBudget: string;
    downloading: string;
    downloaded: (file: string) => string;
  };
  consolidate: {
    heading: string;
    intro: string;
    units: string;
    unitsHint: string;
    noSheets: string;
    parent: string;
    parentNone: string;
    parentHint: string;
    importFiles: string;
    importHint: string;
    /** One line a file: inserted, with the sheets it gave. */
    imported: (file: string, sheets: string) => string;
    /** Excel for iPad ("iPad"), or a workbook with no way to insert files (""). */
    importUnsupported: (platform: string) => string;
    importNotXlsx: (file: string) => string;
    /** Excel on the web refuses the file for what it holds: `parts` named in importParts. */
    importWebParts: (file: string, parts: string) => string;
    importParts: Record<WebRefusedPart, string>;
    importTooLarge: (file: string, size: string, limit: string) => string;
    /** Excel failed the file: `reason` is the catalogue's words for its error. */
    importFailed: (file: string, reason: string) => string;
    refresh: string;
    run: string;
    needUnits: string;
    importing: string;
    consolidating: string;
    /** The read's progress: cells read of the cells to read, said as a whole percentage. */
    reading: (done: number, total: number) => string;
    writing: string;
    written: (sheets: string) => string;
    replaced: (sheets: string) => string;
    unitCount: (count: number) => string;
    sentence: string;
    findings: (count: number) => string;
    noFindings: string;
    moreFindings: (count: number) => string;
  };
  /** Thu thập: returned files known by what they carry, and the tracker they update. */
  collect: {
    /** "Theo dõi nộp báo cáo · đã nhận 9/10 đơn vị". */
    heading: (received: number, expected: number) => string;
    status: Record<SubmissionStatus, string>;
    openTracker: (sheet: string) => string;
    /** The sub-units' sheets are chosen below; what to do next. */
    next: string;
    /** No parent sheet chosen: the files were checked against one another only. */
    noParent: string;
    filled: (filled: number, total: number) => string;
    counts: (errors: number, warnings: number) => string;
    replaced: (files: string) => string;
    files: string;
    /** A file taken: its report sheet is in the workbook under `sheet`. */
    taken: (file: string, sheet: string) => string;
    /** A file left out, and why. */
    leftOtherParent: (file: string) => string;
    leftUnexpected: (file: string, unit: string) => string;
    leftOtherPeriod: (file: string) => string;
    leftSuperseded: (file: string, newer: string) => string;
    unreadable: (file: string, reason: string) => string;
    findings: (count: number) => string;
    /** While the picked files are read, then their sheets copied in: "Đang đọc tệp 12/168…". */
    readingFiles: (done: number, total: number) => string;
    insertingSheets: (done: number, total: number) => string;
  };
  distribute: {
    heading: string;
    intro: string;
    run: string;
    reading: string;
    making: (done: number, total: number) => string;
    made: (count: number, file: string) => string;
    nothing: string;
  };
  budget: RunLabels & {
    heading: string;
    intro: string;
    notYet: string;
    watching: string;
    recheckedAt: (sheets: string) => string;
    checkedAt: (tables: number, sheets: number) => string;
    noTableActive: (sheet: string) => string;
    noTableAll: string;
    noTableColumns: string;
    noTableTemplate: string;
    chartSheetActive: (sheet: string) => string;
    withoutTable: (sheets: string) => string;
    sentences: string;
    columnsWritten: string;
    highlightOff: string;
    chartWritten: (sheet: string) => string;
    chartReplaced: (sheet: string) => string;
    noChart: string;
    statusCounts: string;
    table: (sheet: string) => string;
    unit: (unit: string) => string;
    totals: string;
    totalColumns: { line: string; estimate: string; actual: string; percent: string };
    section: Record<BudgetSection, string>;
    attention: (count: number) => string;
    noAttention: string;
    percentOfEstimate: (percent: string) => string;
    findings: (count: number) => string;
    noFindings: string;
  };
  settings: {
    heading: string;
    language: string;
    languageNames: Record<Language, string>;
    tolerance: string;
    toleranceHint: string;
    /** Said under the field when a typed figure was held in the range (75 → 50). */
    toleranceClamped: (typed: string, value: string, min: string, max: string) => string;
    /** Said under the field when a typed figure was rounded (12,34 → 12,3). */
    toleranceRounded: (typed: string, value: string) => string;
    highlight: string;
    highlightHint: string;
    saved: string;
  };
  quickCheck: {
    title: string;
    sheet: (sheet: string) => string;
    written: string;
    notWritten: string;
    noTable: string;
    failed: string;
    close: string;
  };
  preview: {
    title: string;
    intro: string;
    open: string;
    demo: string;
    download: string;
    sheets: string;
    emptySheet: string;
    noWorkbook: string;
    loading: string;
    openFailed: string;
    demoUnit: string;
    demoWards: string[];
    sheetTable: (sheet: string) => string;
    selected: (place: string) => string;
    cell: string;
    value: string;
    write: string;
    editHint: string;
    badCell: string;
    ready: (file: string) => string;
    unsavedTitle: string;
    unsavedBody: (file: string) => string;
    unsavedDownload: string;
    unsavedDiscard: string;
    unsavedCancel: string;
  };
}
