import type { Language } from "../../engine/model/status";
import type { BudgetLine, BudgetTemplate } from "../../engine/templates/types";
import { rangeAddress } from "../a1";
import type { Change } from "../changeSet";
import { FORMAT } from "./numberFormats";
import { SheetDraft } from "./sheetDraft";
import { titleBlock } from "./titleBlock";
import { TABLE_HEADER_STYLE } from "./tableHeaderStyle";

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
  const widths = [6, 60, 14, 14, 30];
  // The form's heading (rows 1–4; the header stays in row 5): the committee top left, the
  // title centred, then the unit and "Đơn vị tính" on the line above the table.
  titleBlock(draft, {
    unit: options.unit,
    title: `${t.title} ${options.year}`,
    lineLeft: `${t.unit}: ${options.unit}`,
    measure: t.money,
    gap: true,
    widths,
    lang,
  });
  const headerRow = draft.addRow(t.headers);
  draft.style(headerRow, 1, headerRow, width, TABLE_HEADER_STYLE);
  const columnNumbers = draft.addRow(["A", "B", "1", "2", "3"]);
  draft.style(columnNumbers, 1, columnNumbers, width, {
    italic: true,
    horizontal: "center",
    border: true,
  });
  const firstLine = draft.nextRow;
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
  const lastLine = draft.nextRow - 1;
  if (lastLine >= firstLine) {
    draft.style(firstLine, 1, lastLine, width, { vertical: "top" });
    draft.style(firstLine, 2, lastLine, 2, { wrap: true });
    draft.style(firstLine, 5, lastLine, 5, { wrap: true });
    draft.fitRows(firstLine, lastLine, [
      { columns: [2], width: widths[1] },
      { columns: [5], width: widths[4] },
    ]);
  }
  draft.widths(widths);
  draft.freeze(headerRow, 2);
  // Landscape, as the finance forms print (vn05–vn07), with room for the two columns a check
  // appends beside the table.
  draft.print({
    orientation: "landscape",
    paper: "A4",
    titleRows: `${headerRow}:${columnNumbers}`,
    fitToWidth: true,
    margins: "narrow",
    area: rangeAddress({ row: 1, column: 1 }, { row: draft.nextRow - 1, column: width }),
  });
  return draft.changes(options.after);
}
