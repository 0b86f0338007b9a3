import { BUDGET_STATUS_LABELS } from "../../engine/budget/budgetStatus";
import { PERIOD_LABELS } from "../../engine/model/period";
import { STATUS_LABELS } from "../../engine/model/status";
import { SUBMISSION_LABELS } from "../../workbook/distribute/collect/submissionStatus";
import type { Messages } from "./messages";

/** English, for the switch in Settings. */
export const en: Messages = {
  lang: "en",
  htmlLang: "en",
  app: {
    name: "Chỉ tiêu",
    tagline: "Build, check and report the indicators of a socio-economic development plan.",
    host: {
      starting: "Connecting to Excel…",
      excel: "Running in Excel.",
      otherHost: "Chỉ tiêu runs in Excel only.",
      browser: "Outside Excel: there is no workbook to read.",
      preview: "Browser preview: the workbook stays in this page and is sent nowhere.",
    },
    noWorkbook:
      "No workbook. Open Chỉ tiêu in Excel, or use the browser preview (preview.html) to open an .xlsx file.",
    noWorkbookInPreview:
      "No workbook yet: click “Open an .xlsx file” or “Use the sample workbook” above.",
  },
  tabs: {
    label: "Functions",
    templates: "Plan templates",
    check: "Check",
    report: "Report",
    consolidate: "Consolidate",
    budget: "Budget",
    settings: "Settings",
  },
  status: STATUS_LABELS.en,
  budgetStatus: BUDGET_STATUS_LABELS.en,
  period: PERIOD_LABELS.en,
  progress: {
    loading: "Loading…",
    reading: "Reading the workbook…",
    checking: "Judging the indicators…",
    writing: "Writing the results into the workbook…",
    creating: "Creating the sheets…",
    rechecking: "Changes made: checking again…",
  },
  errors: {
    title: "That did not work",
    read: "The workbook could not be read. Leave cell editing (press Enter or Esc) and try again.",
    write:
      "The workbook could not be written. The sheet may be protected or a cell is being edited.",
    select: "That cell could not be selected: the sheet may have been renamed or deleted.",
    copy: "Copying did not work. Select the report sentence and press Ctrl+C.",
    details: (message) => `Details: ${message}`,
    dismiss: "Dismiss",
    codes: {
      InvalidArgument: "Excel did not accept what the add-in sent (a cell or range is not valid).",
      ItemNotFound:
        "A sheet, table or cell the add-in needs is not there: it may just have been renamed or deleted.",
      ItemAlreadyExists: "A sheet of that name already exists. Rename it and try again.",
      AccessDenied:
        "Excel refused the write: the sheet or workbook is protected, or the file is read-only.",
      InvalidOperationInCellEditMode:
        "Excel is editing a cell. Press Enter or select another cell, then try again.",
      RequestPayloadSizeLimitExceeded:
        "There is more to write than Excel takes at once. Check one sheet at a time.",
      ResponsePayloadSizeLimitExceeded:
        "The sheet is too large for Excel to send at once. Check one sheet at a time, or clear stray data far from the table.",
      GeneralException: "Excel ran into an error. Try again in a moment.",
      InvalidOperation: "Excel does not allow that right now. Try again.",
      InvalidReference: "A cell or range address is not valid on this sheet.",
      MergedRangeConflict:
        "Cells to be written are merged. Unmerge the “% KH” and “Đánh giá” cells and try again.",
      ApiNotFound: "This version of Excel lacks what the add-in needs. Update Excel.",
      UnsupportedFeature: "This version of Excel does not support what the add-in needs.",
      Conflict: "Someone else changed the workbook at the same moment. Try again.",
      RequestAborted: "The request to Excel was cut off. Try again.",
    },
    refused: {
      protected: (sheet) =>
        `Sheet “${sheet}” is protected, so the results could not be written; no cell was changed. Unprotect the sheet (Review › Unprotect Sheet) and check again.`,
      merged: (sheet, range) =>
        `On sheet “${sheet}”, merged cells ${range} are where the results go; no cell was changed. Unmerge those cells and check again.`,
      hidden: (sheet) =>
        `Sheet “${sheet}” is hidden; nothing was changed. Unhide it (right-click a sheet tab › Unhide) and try again.`,
    },
    unhideAndSelect: "Unhide the sheet and select",
  },
  templates: {
    heading: "Create a plan sheet from a template",
    intro: "Pick a template, type the unit and the year; new sheets never replace existing ones.",
    template: "Template",
    unit: "Unit name",
    unitPlaceholder: "For example: Thành phố Hồ Chí Minh, Phường Tân Thuận",
    year: "Plan year",
    subUnits: "Sub-units (optional)",
    subUnitsHint:
      "One per line, for example: Phường Sài Gòn, Xã Bình Chánh, Khu phố 1. The unit's own " +
      "sheet comes first, then a sheet for each sub-unit.",
    create: "Create sheets",
    unitRequired: "Type the unit's name.",
    yearInvalid: "The year must be between 2000 and 2100.",
    created: (sheets) => `Created: ${sheets}.`,
  },
  check: {
    heading: "Check the indicators",
    scope: "Scope",
    scopeActive: "The active sheet",
    scopeAll: "All plan sheets",
    period: "Reporting period",
    periodFromTitle: "From the table's title",
    run: "Check",
    notYet: "Not checked yet. Press “Check” to judge every indicator against its target.",
    noIndicators: "No plan table was found in the chosen scope.",
    withoutTable: (sheets) => `No plan table on: ${sheets}.`,
    checkedAt: (sheets, indicators) =>
      `Checked ${indicators} indicators on ${sheets} ${sheets === 1 ? "sheet" : "sheets"}.`,
    highlightOff: "Highlighting is off (Settings tab): the workbook was not changed.",
    summary: "Counts by status",
    byField: "Progress by field",
    fieldMet: (met, total, percent) => `${met} of ${total} met (${percent}%)`,
    fieldMetOnPace: (met, total, percent) => `${met} of ${total} met or on track (${percent}%)`,
    noField: "No field",
    findings: "Details by sheet",
    filter: "Filter by status",
    noMatches: "No indicator matches the filter.",
    percentOfPlan: (percent) => `${percent}% of plan`,
    rowLabel: (row) => `Row ${row}`,
    sheetNotes: "Notes on the sheet",
    selectCell: (place) => `Select cell ${place}`,
    watching: "Re-checks when a plan table is edited.",
    recheckedAt: (sheet) => `Checked “${sheet}” again after an edit.`,
  },
  report: {
    heading: "Report sentences",
    needCheck: "There are no check results to report yet.",
    runCheck: "Check now",
    sentence: "Overall",
    byField: "By field",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    chartHeading: "% of plan by field",
    chartIntro:
      "Writes the average % of plan and the share of indicators met, by field, to a sheet of Chỉ tiêu's own, with a column chart of them beside the table.",
    insertChart: "Write the chart",
    chartInserted: (sheet) => `The table and its column chart are on the sheet “${sheet}”.`,
    chartSheet: "Chart % of plan",
    chartTitle: "% OF PLAN BY FIELD",
    chartColumns: {
      field: "Field",
      indicators: "Indicators",
      met: "Met",
      metShare: "Share met (%)",
      metOnPace: "Met or on track",
      metShareOnPace: "Share met or on track (%)",
      average: "Average % of plan",
    },
    chartPeriod: "Reporting period",
    chartNote:
      "Chỉ tiêu made this sheet and rewrites it each time; the average counts only indicators with a % of plan.",
    docxHeading: "Word report",
    docxIntro:
      "A draft implementation report in the layout of Decree 30/2020/NĐ-CP (A4, Times New Roman): the overall result, each field, the sub-units, and an appendix with the indicator table and chart. Number, date and signer are left blank.",
    docxBudgetIntro:
      "A draft report on budget execution in the layout of Decree 30/2020/NĐ-CP: revenue and spending against the estimate, lines over or behind, what the checks found, and an appendix.",
    download: "Download the report (.docx)",
    downloadBudget: "Download the budget report (.docx)",
    downloading: "Building the report…",
    downloaded: (file) => `Made ${file}: see the browser's downloads.`,
  },
  consolidate: {
    heading: "Consolidate the sub-units' figures",
    intro:
      "Choose the sub-units' sheets (wards, communes, blocs) and the parent's plan sheet. The result goes into new sheets; your sheets are not changed.",
    units: "Sub-unit sheets",
    unitsHint: "One sub-unit per sheet; a sheet with a column group per unit works too.",
    noSheets: "The workbook has no sheets to consolidate.",
    parent: "Parent's plan sheet",
    parentNone: "(none: roll up the sub-units)",
    parentHint: "Targets, roll-up rules and the list of sub-units come from this sheet.",
    importFiles: "Import sub-units' .xlsx files…",
    importHint: "The files' sheets are copied to the end of this workbook and chosen.",
    imported: (file, sheets) => `${file}: imported ${sheets}.`,
    importUnsupported: (platform) =>
      platform === "iPad"
        ? "Excel for iPad does not support importing sheets from a file. Import them in Excel on a computer or Excel on the web, or open the sub-unit's file and copy its sheet into this workbook."
        : "Files cannot be imported here. Open the sub-unit's file in Excel and copy its sheet into this workbook.",
    importNotXlsx: (file) =>
      `${file}: not imported, only .xlsx files are. Open the file in Excel and save it as .xlsx.`,
    importWebParts: (file, parts) =>
      `${file}: not imported, as Excel on the web does not take files holding ${parts}. Open the file, delete the ${parts}, save it and import it again; or import it in Excel on a computer. None of this file's sheets was copied.`,
    importParts: {
      charts: "charts (chart sheets too)",
      comments: "notes or comments",
      pivotTables: "PivotTables",
      slicers: "slicers",
    },
    importTooLarge: (file, size, limit) =>
      `${file}: not imported, the file (${size}) is more than Excel on the web takes at once (${limit}). Remove pictures or spare sheets and save it, or import it in Excel on a computer.`,
    importFailed: (file, reason) => `${file}: not imported. ${reason}`,
    refresh: "Refresh the sheet list",
    run: "Consolidate",
    needUnits: "Choose at least one sub-unit sheet.",
    importing: "Importing…",
    consolidating: "Consolidating…",
    reading: (done, total) =>
      `Reading the sub-units' figures: ${Math.floor((100 * done) / Math.max(1, total))}%…`,
    writing: "Writing the consolidation…",
    written: (sheets) => `Wrote the sheets: ${sheets}.`,
    replaced: (sheets) => `Replaced the previous consolidation: ${sheets}.`,
    unitCount: (count) => `${count} sub-unit${count === 1 ? "" : "s"}`,
    sentence: "Summary sentence",
    findings: (count) => `Findings (${count})`,
    noFindings: "No findings.",
    moreFindings: (count) => `and ${count} more (see the Sources sheet and notes).`,
  },
  collect: {
    heading: (received, expected) => `Submissions · received ${received}/${expected}`,
    status: SUBMISSION_LABELS.en,
    openTracker: (sheet) => `Open “${sheet}”`,
    next: "The sheets of the sub-units received are ticked under “Sub-unit sheets”; press Consolidate to roll them up.",
    noParent:
      "No parent plan sheet chosen: the files were checked against one another only, not against the list of sub-units and the targets given.",
    filled: (filled, total) => `${filled}/${total} indicators`,
    counts: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
    replaced: (files) => `replaces ${files}`,
    files: "Files picked",
    taken: (file, sheet) => `${file}: imported as sheet “${sheet}”.`,
    leftOtherParent: (file) => `${file}: not imported (given by another parent).`,
    leftUnexpected: (file, unit) =>
      `${file}: not imported (${unit} is not on the list of sub-units).`,
    leftOtherPeriod: (file) => `${file}: not imported (another period's file).`,
    leftSuperseded: (file, newer) => `${file}: not imported (${newer} is newer).`,
    unreadable: (file, reason) =>
      `${file}: could not be read${reason ? `: ${reason}` : " (not an .xlsx file)"}.`,
    findings: (count) => `Found when receiving the files (${count})`,
    readingFiles: (done, total) => `Reading file ${done}/${total}…`,
    insertingSheets: (done, total) => `Copying sub-unit sheet ${done}/${total}…`,
  },
  distribute: {
    heading: "Distribute targets to the sub-units",
    intro:
      "From this workbook's plan and allocation sheet: one self-checking .xlsx per sub-unit (% of plan and Status formulas, checked entry cells, locked targets, an instructions sheet), all in one .zip to download. The period is the one chosen above.",
    run: "Distribute targets (.zip)",
    reading: "Reading the plan…",
    making: (done, total) => `Making file ${done}/${total}…`,
    made: (count, file) => `Made ${count} files in ${file}.`,
    nothing: "No file could be made: see the findings below.",
  },
  budget: {
    heading: "Budget check",
    intro:
      "Compares the actuals with the revenue and spending estimates: sub-lines' sums, percentages, spending over its estimate and revenue behind the period's pace.",
    scope: "Scope",
    scopeActive: "Active sheet",
    scopeAll: "All sheets",
    period: "Period of the actuals",
    periodFromTitle: "From the table's title (whole year if none)",
    run: "Check the budget",
    watching: "Checked budget tables are checked again when you edit them.",
    recheckedAt: (sheets) => `Budget checked again after an edit on “${sheets}”.`,
    notYet:
      "Not checked yet. Open the sheet with the revenue and spending estimates and actuals, then press “Check the budget”.",
    checkedAt: (tables, sheets) =>
      `Checked ${tables} budget table${tables === 1 ? "" : "s"} on ${sheets} sheet${sheets === 1 ? "" : "s"}.`,
    noTableActive: (sheet) => `The sheet “${sheet}” has no budget table.`,
    noTableAll: "No budget table was found in the workbook.",
    noTableColumns:
      "A budget table needs a header row with an Item column and at least one Estimate, Actual, Final accounts, Share or Number column.",
    noTableTemplate:
      "The Plan templates tab has a “Budget estimate and execution” template with these columns.",
    chartSheetActive: (sheet) =>
      `“${sheet}” is the chart sheet Chỉ tiêu writes. Open the sheet with the budget table and check again.`,
    withoutTable: (sheets) => `No budget table: ${sheets}.`,
    sentences: "Report sentences",
    columnsWritten:
      "Wrote the “% dự toán (tính)” and “Đánh giá” columns right of each table, with colours and notes on the cells with problems; your figures are not changed.",
    highlightOff: "Highlighting is off (Settings tab): no columns were added to the tables.",
    chartWritten: (sheet) =>
      `The chart of actuals against estimates is on the new sheet “${sheet}”.`,
    chartReplaced: (sheet) =>
      `The chart of actuals against estimates was rewritten on the sheet “${sheet}” (replacing the last check's).`,
    noChart: "No line has both an estimate and an actual to chart.",
    statusCounts: "Lines by status",
    table: (sheet) => `Sheet “${sheet}”`,
    unit: (unit) => `Unit: ${unit}`,
    totals: "Revenue and spending totals",
    totalColumns: {
      line: "Line",
      estimate: "Estimate",
      actual: "Actual",
      percent: "% of estimate",
    },
    section: { revenue: "Revenue", expenditure: "Spending" },
    attention: (count) => `Lines to look at (${count})`,
    noAttention: "No line is over its estimate, behind, missing or inconsistent.",
    percentOfEstimate: (percent) => `${percent}% of estimate`,
    findings: (count) => `Findings (${count})`,
    noFindings: "No findings.",
  },
  settings: {
    heading: "Settings",
    language: "Language",
    languageNames: { vi: "Tiếng Việt", en: "English" },
    tolerance: "“At risk” tolerance (%)",
    toleranceHint:
      "Indicators behind pace by no more than this are “At risk”; further behind, “Lagging”.",
    toleranceClamped: (typed, value, min, max) =>
      `Changed ${typed} to ${value}: the tolerance must be from ${min} to ${max}%.`,
    toleranceRounded: (typed, value) => `Rounded ${typed} to ${value} (one decimal).`,
    highlight: "Highlight the results in the workbook",
    highlightHint:
      "Writes the % of plan and Status columns, colours and notes. Off: results show in this pane only.",
    saved: "Settings are kept on this computer.",
  },
  quickCheck: {
    title: "Quick check",
    sheet: (sheet) => `Sheet: ${sheet}`,
    written: "The results were written and coloured on the sheet.",
    notWritten: "Nothing needed writing on the sheet.",
    noTable: "The active sheet has no plan table.",
    failed: "The active sheet could not be checked.",
    close: "Close",
  },
  preview: {
    title: "Chỉ tiêu – browser preview",
    intro:
      "Open an .xlsx file from this computer, or the sample workbook, then check it in the pane.",
    open: "Open an .xlsx file",
    demo: "Use the sample workbook",
    download: "Download the checked workbook",
    sheets: "Sheets",
    emptySheet: "The sheet is empty.",
    noWorkbook: "No workbook open.",
    loading: "Opening the workbook…",
    openFailed: "This file could not be opened. Choose an Excel .xlsx file (not an old .xls).",
    demoUnit: "Quận 7",
    demoWards: ["Phường Tân Phong", "Phường Tân Hưng"],
    sheetTable: (sheet) => `Contents of the sheet “${sheet}”`,
    selected: (place) => `Selected cell ${place}`,
    cell: "Cell",
    value: "Value",
    write: "Write",
    editHint: "Edit a cell as in Excel: a checked plan table is checked again.",
    badCell: "Not a cell address (for example: K12).",
    ready: (file) => `Opened: ${file}`,
    unsavedTitle: "The open workbook has unsaved changes",
    unsavedBody: (file) =>
      `The changes to “${file}” (check results, imported sheets, edited cells) live only in this page. Opening another workbook drops them unless you download this one first.`,
    unsavedDownload: "Download, then open",
    unsavedDiscard: "Discard changes and open",
    unsavedCancel: "Cancel",
  },
};
