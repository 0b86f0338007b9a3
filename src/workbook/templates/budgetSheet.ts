import type { Language } from "../../engine/model/status";
import type { BudgetLine, BudgetTemplate } from "../../engine/templates/types";
import { rangeAddress } from "../a1";
import type { Change } from "../changeSet";
import { FORMAT } from "./numberFormats";
import { SheetDraft } from "./sheetDraft";

export interface BudgetSheetOptions {
  sheet: string;
  unit: string;
  year: number;
  lang?: Language;
  after?: string;
}

const TEXT: Record<Language, { title: string; unit: string; money: string; headers: string[] }> = {
  vi: {
    title: "DỰ TOÁN VÀ THỰC HIỆN THU, CHI NGÂN SÁCH NĂM",
    unit: "Đơn vị",
    money: "Đơn vị tính: tỷ đồng",
    headers: ["STT", "Nội dung", "Dự toán", "Thực hiện", "Ghi chú"],
  },
  en: {
    title: "BUDGET ESTIMATE AND EXECUTION",
    unit: "Unit",
    money: "Unit: billion dong",
    headers: ["No.", "Item", "Estimate", "Actual", "Notes"],
  },
};

function flatten(
  lines: readonly BudgetLine[],
  depth = 0,
): Array<{ line: BudgetLine; depth: number }> {
  return lines.flatMap((line) => [{ line, depth }, ...flatten(line.children, depth + 1)]);
}

/** A budget estimate and execution table from the template's first table. */
export function budgetSheetChanges(
  template: BudgetTemplate,
  options: BudgetSheetOptions,
): Change[] {
  const lang = options.lang ?? "vi";
  const t = TEXT[lang];
  const table = template.tables[0];
  const draft = new SheetDraft(options.sheet);
  const width = t.headers.length;
  draft.addRow([`${t.title} ${options.year}`]);
  draft.addRow([`${t.unit}: ${options.unit}`]);
  draft.addRow([t.money]);
  draft.merge(1, 1, width);
  draft.style(1, 1, 1, 1, { bold: true, fontSize: 14, horizontal: "center" });
  draft.style(2, 1, 3, 1, { italic: true });
  draft.addRow([]);
  const headerRow = draft.addRow(t.headers);
  draft.style(headerRow, 1, headerRow, width, {
    bold: true,
    fill: "#DDEBF7",
    border: true,
    horizontal: "center",
  });
  const columnNumbers = draft.addRow(["A", "B", "1", "2", "3"]);
  draft.style(columnNumbers, 1, columnNumbers, width, {
    italic: true,
    horizontal: "center",
    border: true,
  });
  for (const { line, depth } of flatten(table?.lines ?? [])) {
    const name = `${"   ".repeat(depth)}${line.name}`;
    const row = draft.addRow([
      line.code,
      name,
      line.estimate ?? null,
      line.actual ?? null,
      line.note ?? null,
    ]);
    draft.style(row, 1, row, width, {
      border: true,
      bold: depth < 2,
      ...(depth === 0 ? { fill: "#F2F2F2" } : {}),
    });
    draft.style(row, 3, row, 4, { numberFormat: FORMAT.money });
  }
  draft.widths([6, 60, 14, 14, 30]);
  draft.freeze(headerRow, 2);
  draft.print({
    orientation: "portrait",
    paper: "A4",
    titleRows: `${headerRow}:${columnNumbers}`,
    fitToWidth: true,
    margins: "narrow",
    area: rangeAddress({ row: 1, column: 1 }, { row: draft.nextRow - 1, column: width }),
  });
  return draft.changes(options.after);
}
