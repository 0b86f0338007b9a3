import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";
import { address, rangeAddress } from "../../workbook/a1";
import type { Change, WriteValue } from "../../workbook/changeSet";
import { NOTICE_ROW } from "../../workbook/consolidate/ownedSheets";
import { SheetDraft } from "../../workbook/templates/sheetDraft";
import { titleBlock } from "../../workbook/templates/titleBlock";
import type { Messages } from "../i18n/messages";
import type { ChartRow } from "./chartTable";
import { TABLE_HEADER_STYLE } from "../../workbook/templates/tableHeaderStyle";

/** The table's columns (A–E), a gap (F) and the chart's nine (G–O). */
const WIDTHS = [32, 14, 14, 11, 14, 3, 9, 9, 9, 9, 9, 9, 9, 9, 9];
const CHART_LEFT = 7;
/** Rows the chart takes from the table's header down. */
const CHART_ROWS = 18;

export interface ChartSheetPlan {
  /** The sheet to write. */
  sheet: string;
  /** It is the add-in's own sheet from an earlier run: delete it first. */
  replace: boolean;
}

/** What the title block says: whose report, and for which period. */
export interface ChartSheetHeading {
  unit?: string;
  period?: PeriodId;
}

/**
 * The change set of the owned sheet "Biểu đồ % KH": the note in row 1 (it tells the add-in the
 * sheet is its own, and stays off the paper), the form's title block, the table of fields with
 * their % KH, and beside it a column chart of the two percentage columns (mean % KH and share
 * met), which come first after the field so that the chart's data is one range. It prints on
 * one A4 landscape page, the chart whole.
 */
export function chartSheetChanges(
  plan: ChartSheetPlan,
  rows: ChartRow[],
  t: Messages,
  yearEnd = true,
  heading: ChartSheetHeading = {},
): Change[] {
  const { sheet } = plan;
  const c = t.report.chartColumns;
  // Mid-year the count includes "on track": its label never says plain "đạt".
  const met = yearEnd ? c.met : c.metOnPace;
  const metShare = yearEnd ? c.metShare : c.metShareOnPace;
  const header: WriteValue[] = [c.field, c.average, metShare, c.indicators, met];
  const body: WriteValue[][] = rows.map((r) => [
    r.field || t.check.noField,
    r.averagePercent,
    r.metShare,
    r.indicators,
    r.met,
  ]);

  const draft = new SheetDraft(sheet);
  draft.addRow([t.report.chartNote]);
  draft.style(NOTICE_ROW, 1, NOTICE_ROW, 1, { italic: true, fontColor: "#595959" });
  titleBlock(draft, {
    ...(heading.unit === undefined ? {} : { unit: heading.unit }),
    title: t.report.chartTitle,
    ...(heading.period === undefined
      ? {}
      : { subtitles: [`${t.report.chartPeriod}: ${PERIOD_LABELS[t.lang][heading.period]}`] }),
    gap: true,
    widths: WIDTHS,
    lang: t.lang,
  });
  draft.addRow([]);
  const headerRow = draft.nextRow;
  const last = headerRow + body.length;
  const bottom = Math.max(last, headerRow + CHART_ROWS - 1);
  draft.widths(WIDTHS);
  draft.print({
    // The table and its chart on one A4 page: the chart is never cut across pages.
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    fitToHeight: true,
    margins: "narrow",
    area: rangeAddress({ row: NOTICE_ROW + 1, column: 1 }, { row: bottom, column: WIDTHS.length }),
  });

  const changes: Change[] = [];
  if (plan.replace) changes.push({ kind: "deleteOwnSheet", sheet });
  changes.push(...draft.changes(), {
    kind: "values",
    sheet,
    anchor: `A${headerRow}`,
    rows: [header, ...body],
  });
  changes.push({
    kind: "style",
    sheet,
    range: rangeAddress({ row: headerRow, column: 1 }, { row: headerRow, column: 5 }),
    style: TABLE_HEADER_STYLE,
  });
  changes.push({ kind: "rowHeights", sheet, heights: { [String(headerRow)]: 45 } });
  if (body.length > 0) {
    changes.push(
      {
        kind: "style",
        sheet,
        range: rangeAddress({ row: headerRow + 1, column: 1 }, { row: last, column: 5 }),
        style: { border: true },
      },
      {
        kind: "style",
        sheet,
        range: rangeAddress({ row: headerRow + 1, column: 2 }, { row: last, column: 3 }),
        style: { numberFormat: "0.0" },
      },
      {
        kind: "chart",
        sheet,
        chartType: "columnClustered",
        title: t.report.chartHeading,
        data: rangeAddress({ row: headerRow, column: 1 }, { row: last, column: 3 }),
        position: {
          from: address(headerRow, CHART_LEFT),
          to: address(headerRow + CHART_ROWS - 1, WIDTHS.length),
        },
      },
    );
  }
  changes.push({ kind: "activate", sheet, cell: "A1" });
  return changes;
}
