import type { BudgetCheck } from "../../../engine/budget/checkBudget";
import type { Language } from "../../../engine/model/status";
import { foldText } from "../../../engine/text/normalize";
import { address, rangeAddress } from "../../a1";
import type { Change } from "../../changeSet";
import { NOTICE_ROW } from "../../consolidate/ownedSheets";
import { SheetDraft } from "../../templates/sheetDraft";
import { titleBlock } from "../../templates/titleBlock";

export const BUDGET_CHART_WORDS = {
  vi: {
    sheet: "Biểu đồ ngân sách",
    title: "Thực hiện so với dự toán theo từng khoản",
    heading: "BIỂU ĐỒ THỰC HIỆN SO VỚI DỰ TOÁN NGÂN SÁCH",
    measure: (unit: string) => `Đơn vị tính: ${unit}`,
    notice:
      "Trang do Chỉ tiêu tạo khi kiểm tra ngân sách; kiểm tra lại sẽ ghi lại cả trang, đừng nhập số liệu vào đây.",
    header: ["Khoản", "Dự toán", "Thực hiện", "% dự toán"],
  },
  en: {
    sheet: "Budget chart",
    title: "Execution against estimate by line",
    heading: "BUDGET EXECUTION AGAINST ESTIMATE",
    measure: (unit: string) => `Unit: ${unit}`,
    notice:
      "Sheet written by Chỉ tiêu when checking the budget; checking again rewrites the whole sheet, so do not type data here.",
    header: ["Line", "Estimate", "Actual", "% of estimate"],
  },
} as const;

export const BUDGET_CHART_NOTICE: Record<Language, string> = {
  vi: BUDGET_CHART_WORDS.vi.notice,
  en: BUDGET_CHART_WORDS.en.notice,
};

/** Names an earlier run's chart sheet may have, in either language ("Biểu đồ ngân sách (2)"). */
export function mayBeBudgetChartSheet(name: string): boolean {
  return /^(bieu do ngan sach|budget chart)/.test(foldText(name));
}

/** The lines worth a bar: top lines and their children, with both an estimate and an actual. */
function chartLines(check: BudgetCheck) {
  return check.lines.filter(
    (l) =>
      !l.isTotal &&
      !l.memo &&
      l.depth <= 1 &&
      l.amounts.estimate !== undefined &&
      l.amounts.actual !== undefined,
  );
}

/** True when some table has lines to chart. */
export function hasChartLines(checks: readonly BudgetCheck[]): boolean {
  return checks.some((c) => chartLines(c).length > 0);
}

/** Rows a chart takes at most: with the table beside it, it stays whole on an A4 page. */
const MAX_CHART_ROWS = 30;

/** The columns of the sheet: the table (A–D), a gap, and the chart over F–N. */
const WIDTHS = [44, 13, 13, 10, 3, 9, 9, 9, 9, 9, 9, 9, 9, 9];
const LAST_COLUMN = WIDTHS.length;

/**
 * The add-in's own chart sheet: the notice in row 1 (on screen, not on paper), the form's title
 * block, then per table its lines' estimate and actual side by side and a clustered bar chart of
 * them beside. Each table and its chart print on a page of their own, the chart whole.
 * `replaceSheets` (chart sheets an earlier run wrote, whatever their names) are deleted first.
 */
export function budgetChartSheetChanges(
  sheet: string,
  checks: readonly BudgetCheck[],
  lang: Language,
  replaceSheets: readonly string[],
  unitName?: string,
): Change[] {
  const words = BUDGET_CHART_WORDS[lang];
  const draft = new SheetDraft(sheet);
  draft.addRow([words.notice]);
  draft.style(NOTICE_ROW, 1, NOTICE_ROW, 1, { italic: true, fontColor: "#595959" });
  const money = checks.find((c) => c.unit !== undefined)?.unit;
  titleBlock(draft, {
    ...(unitName === undefined ? {} : { unit: unitName }),
    title: words.heading,
    ...(money === undefined ? {} : { measure: words.measure(money) }),
    gap: true,
    widths: WIDTHS,
    lang,
  });
  const charts: Change[] = [];
  const areas: string[] = [];
  let areaTop = NOTICE_ROW + 1;
  for (const check of checks) {
    const lines = chartLines(check);
    if (lines.length === 0) continue;
    draft.addRow([]);
    const caption = draft.addRow([`${check.sheet}${check.unit ? ` (${check.unit})` : ""}`]);
    draft.style(caption, 1, caption, 1, { bold: true });
    const header = draft.addRow([...words.header]);
    draft.style(header, 1, header, 4, { bold: true, fill: "#DDEBF7", border: true, wrap: true });
    for (const line of lines) {
      const percent =
        line.percentOfEstimate === undefined ? null : Math.round(line.percentOfEstimate * 10) / 10;
      const name = `${line.code ? `${line.code}. ` : ""}${line.name}`;
      draft.addRow([name, line.amounts.estimate ?? null, line.amounts.actual ?? null, percent]);
    }
    const last = draft.nextRow - 1;
    draft.style(header + 1, 1, last, 4, { border: true, vertical: "top" });
    draft.style(header + 1, 1, last, 1, { wrap: true });
    draft.fitRows(header, last, [{ columns: [1], width: WIDTHS[0] }]);
    draft.style(header + 1, 2, last, 3, { numberFormat: "#,##0.0##" });
    draft.style(header + 1, 4, last, 4, { numberFormat: "0.0" });
    const height = Math.min(MAX_CHART_ROWS, Math.max(12, lines.length * 2 + 4));
    charts.push({
      kind: "chart",
      sheet,
      chartType: "barClustered",
      title: `${words.title} – ${check.sheet}`,
      data: rangeAddress({ row: header, column: 1 }, { row: last, column: 3 }),
      position: {
        from: address(header, 6),
        to: address(header + height, LAST_COLUMN),
      },
    });
    // Leave room under the table for the chart beside it.
    while (draft.nextRow <= header + height) draft.addRow([]);
    const bottom = draft.nextRow - 1;
    areas.push(rangeAddress({ row: areaTop, column: 1 }, { row: bottom, column: LAST_COLUMN }));
    areaTop = bottom + 1;
  }
  draft.widths(WIDTHS);
  draft.print({
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    // One chart stays whole on one page; several each print on pages of their own.
    fitToHeight: charts.length <= 1,
    margins: "narrow",
    area:
      areas.length > 0
        ? areas.join(",")
        : rangeAddress(
            { row: areaTop, column: 1 },
            { row: draft.nextRow - 1, column: LAST_COLUMN },
          ),
  });
  return [
    ...replaceSheets.map((own) => ({ kind: "deleteOwnSheet" as const, sheet: own })),
    ...draft.changes(),
    ...charts,
  ];
}
