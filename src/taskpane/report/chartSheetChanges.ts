import { rangeAddress } from "../../workbook/a1";
import type { Change, WriteValue } from "../../workbook/changeSet";
import type { Messages } from "../i18n/messages";
import type { ChartRow } from "./chartTable";

/** Where the table starts: title in A1, note in A2, header in row 4. */
const HEADER_ROW = 4;
/** The chart's corners: right of the table (column F left empty), 18 rows tall. */
const CHART_FROM = `G${HEADER_ROW}`;
const CHART_TO = `O${HEADER_ROW + 17}`;

export interface ChartSheetPlan {
  /** The sheet to write. */
  sheet: string;
  /** It is the add-in's own sheet from an earlier run: delete it first. */
  replace: boolean;
}

/**
 * The change set of the owned sheet "Biểu đồ % KH": a title, a note, the table of fields with
 * their % KH, and beside it a column chart of the two percentage columns (mean % KH and share
 * met), which come first after the field so that the chart's data is one range.
 */
export function chartSheetChanges(
  plan: ChartSheetPlan,
  rows: ChartRow[],
  t: Messages,
  yearEnd = true,
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
  const last = HEADER_ROW + body.length;
  const changes: Change[] = [];
  if (plan.replace) changes.push({ kind: "deleteOwnSheet", sheet });
  changes.push(
    { kind: "addSheet", sheet },
    { kind: "values", sheet, anchor: "A1", rows: [[t.report.chartTitle], [t.report.chartNote]] },
    { kind: "style", sheet, range: "A1", style: { bold: true, fontSize: 14 } },
    { kind: "style", sheet, range: "A2", style: { italic: true, fontColor: "#595959" } },
    { kind: "values", sheet, anchor: `A${HEADER_ROW}`, rows: [header, ...body] },
    {
      kind: "style",
      sheet,
      range: rangeAddress({ row: HEADER_ROW, column: 1 }, { row: HEADER_ROW, column: 5 }),
      style: { bold: true, fill: "#DDEBF7", border: true, wrap: true, horizontal: "center" },
    },
  );
  if (body.length > 0) {
    changes.push(
      {
        kind: "style",
        sheet,
        range: rangeAddress({ row: HEADER_ROW + 1, column: 1 }, { row: last, column: 5 }),
        style: { border: true },
      },
      {
        kind: "style",
        sheet,
        range: rangeAddress({ row: HEADER_ROW + 1, column: 2 }, { row: last, column: 3 }),
        style: { numberFormat: "0.0" },
      },
      {
        kind: "chart",
        sheet,
        chartType: "columnClustered",
        title: t.report.chartHeading,
        data: rangeAddress({ row: HEADER_ROW, column: 1 }, { row: last, column: 3 }),
        position: { from: CHART_FROM, to: CHART_TO },
      },
    );
  }
  changes.push(
    { kind: "columnWidths", sheet, widths: { A: 32, B: 16, C: 14, D: 12, E: 14 } },
    {
      // The table and its chart on one A4 page: the chart is never cut across pages.
      kind: "print",
      sheet,
      setup: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        fitToHeight: true,
        margins: "narrow",
        area: `A1:O${Math.max(last, HEADER_ROW + 17)}`,
      },
    },
    { kind: "activate", sheet, cell: "A1" },
  );
  return changes;
}
