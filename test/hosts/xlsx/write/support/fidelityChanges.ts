import { address, columnLetter, parseRange } from "../../../../../src/workbook/a1";
import type { Change } from "../../../../../src/workbook/changeSet";
import { checkWorkbook } from "../../../../../src/workbook/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../../../../src/workbook/snapshot";

/** The name of the sheet the fidelity test adds to every file. */
export const ADDED_SHEET = "Kiểm tra chỉ tiêu";

/**
 * A realistic change set for a corpus file: what `check --out` writes for it (owned columns
 * with values, styles and notes), then, on the first visible sheet, three owned columns appended
 * right of its used range with values, styles, a note, formulas, conditional formats and an
 * entry rule, the sheet protected with the owned values unlocked; custom document properties;
 * and a new sheet with a table, a note, widths, a freeze, a drop-down, print setup and a chart.
 */
export function fidelityChanges(snapshot: WorkbookSnapshot): Change[] {
  const changes: Change[] = [...checkWorkbook(snapshot, { lang: "vi" }).changes.changes];
  const first = snapshot.sheets.find((s) => s.visibility === "visible");
  if (first) {
    const width = Math.max(0, ...first.values.map((row) => row.length));
    // Right of the used range and of every merged area (a merged title may run further).
    const mergeEnds = first.merges.map((m) => parseRange(m)?.end.column ?? 0);
    const column = Math.max(first.origin.column + width, ...mergeEnds.map((c) => c + 1));
    const top = first.origin.row;
    if (column + 2 <= 16_384) {
      const range = `${address(top, column)}:${address(top + 2, column + 1)}`;
      const percents = `${address(top + 1, column)}:${address(top + 2, column)}`;
      changes.push(
        {
          kind: "values",
          sheet: first.name,
          anchor: address(top, column),
          rows: [
            ["% KH", "Đánh giá"],
            [104.2, "Vượt"],
            [0.5, "=không phải công thức"],
          ],
        },
        {
          kind: "style",
          sheet: first.name,
          range,
          style: {
            fill: "#C6EFCE",
            fontColor: "#006100",
            bold: true,
            numberFormat: "0.0",
            border: true,
            horizontal: "center",
            wrap: true,
          },
        },
        {
          kind: "note",
          sheet: first.name,
          cell: address(top + 1, column + 1),
          text: "Ghi chú của Chỉ tiêu",
        },
        {
          kind: "formulas",
          sheet: first.name,
          anchor: address(top + 1, column + 2),
          rows: [
            [`=IF(${address(top + 1, column)}>=100,"Đạt","Chưa đạt")`],
            [`=ROUND(${address(top + 2, column)}*2,1)`],
          ],
        },
        {
          kind: "conditionalFormat",
          sheet: first.name,
          range: percents,
          rules: [
            { formula: `=${address(top + 1, column)}>=100`, look: "good" },
            { formula: `=${address(top + 1, column)}<100`, look: "bad" },
          ],
        },
        {
          kind: "entryValidation",
          sheet: first.name,
          range: percents,
          rule: { type: "decimal", min: 0, max: 1000 },
          prompt: { title: "% KH", message: "Số từ 0 đến 1.000" },
          error: { title: "Sai số liệu", message: "Nhập số từ 0 đến 1.000" },
        },
        { kind: "protectSheet", sheet: first.name, unlocked: [percents] },
      );
    }
  }
  const letters = ["A", "B", "C"].map((_, i) => columnLetter(i + 1));
  changes.push(
    { kind: "documentProperties", custom: { "Chỉ tiêu: kiểm tra": "2025", "Chỉ tiêu: mẫu": "xã" } },
    { kind: "addSheet", sheet: ADDED_SHEET },
    {
      kind: "values",
      sheet: ADDED_SHEET,
      anchor: "A1",
      rows: [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["Thu ngân sách", 100, 104],
        ["Giải ngân", 97, 90.5],
      ],
    },
    { kind: "style", sheet: ADDED_SHEET, range: "A1:C1", style: { bold: true, fill: "#DDEBF7" } },
    { kind: "merge", sheet: ADDED_SHEET, range: "A5:C5" },
    { kind: "note", sheet: ADDED_SHEET, cell: "C3", text: "Chậm tiến độ" },
    { kind: "columnWidths", sheet: ADDED_SHEET, widths: { [letters[0]]: 30, [letters[1]]: 12 } },
    { kind: "freeze", sheet: ADDED_SHEET, rows: 1, columns: 1 },
    { kind: "listValidation", sheet: ADDED_SHEET, range: "D2:D3", list: ["≥", "≤", "khoảng"] },
    {
      kind: "print",
      sheet: ADDED_SHEET,
      setup: { orientation: "landscape", paper: "A4", titleRows: "1:1", fitToWidth: true },
    },
    {
      kind: "chart",
      sheet: ADDED_SHEET,
      chartType: "columnClustered",
      title: "Kế hoạch và thực hiện",
      data: "A1:C3",
      position: { from: "E2", to: "L16" },
    },
  );
  return changes;
}
