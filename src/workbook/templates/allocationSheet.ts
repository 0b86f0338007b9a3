import type { Language } from "../../engine/model/status";
import type { AllocationTemplate } from "../../engine/templates/types";
import type { Change, WriteValue } from "../changeSet";
import { formatForUnit } from "./numberFormats";
import { rangeAddress } from "../a1";
import { SheetDraft } from "./sheetDraft";
import { titleBlock } from "./titleBlock";
import { TABLE_HEADER_STYLE } from "./tableHeaderStyle";

export interface AllocationSheetOptions {
  sheet: string;
  unit: string;
  year: number;
  /** Sub-units to allocate to; the template's blocs and their figures when absent. */
  subUnits?: string[];
  lang?: Language;
  after?: string;
}

const TEXT: Record<Language, { title: string; unit: string; headers: string[]; total: string }> = {
  vi: {
    title: "GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ NĂM",
    unit: "Đơn vị",
    headers: ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch giao"],
    total: "Tổng phân bổ",
  },
  en: {
    title: "TARGET ALLOCATION",
    unit: "Unit",
    headers: ["No.", "Code", "Indicator", "Unit", "Target"],
    total: "Total allocated",
  },
};

/** A target allocation sheet: one row per allocated indicator, one column per sub-unit. */
export function allocationSheetChanges(
  template: AllocationTemplate,
  options: AllocationSheetOptions,
): Change[] {
  const lang = options.lang ?? "vi";
  const t = TEXT[lang];
  const blocs = options.subUnits ?? template.allocations[0]?.shares.map((s) => s.name) ?? [];
  const draft = new SheetDraft(options.sheet);
  const width = t.headers.length + blocs.length;
  const widths = [5, 8, 40, 12, 14, ...blocs.map(() => 11)];
  // The form's heading in rows 1–3 (the header stays in row 4): the committee top left, the
  // title centred, the unit on the line above the table.
  titleBlock(draft, {
    unit: options.unit,
    title: `${t.title} ${options.year}`,
    lineLeft: `${t.unit}: ${options.unit}`,
    widths,
    lang,
  });
  const headerRow = draft.addRow([...t.headers, ...blocs]);
  draft.style(headerRow, 1, headerRow, width, TABLE_HEADER_STYLE);
  draft.fitRows(
    headerRow,
    headerRow,
    widths.map((w, i) => ({ columns: [i + 1], width: w })),
  );
  const firstRow = draft.nextRow;
  template.allocations.forEach((allocation, i) => {
    const shares: WriteValue[] = blocs.map((bloc) =>
      options.subUnits ? null : (allocation.shares.find((s) => s.name === bloc)?.value ?? null),
    );
    const row = draft.addRow([
      i + 1,
      allocation.code,
      allocation.name,
      allocation.unit,
      allocation.target.value ?? allocation.targetText,
      ...shares,
    ]);
    draft.style(row, 5, row, width, { numberFormat: formatForUnit(allocation.unit) });
    draft.style(row, 1, row, width, { border: true, vertical: "top" });
  });
  const lastRow = draft.nextRow - 1;
  if (lastRow >= firstRow) {
    draft.style(firstRow, 3, lastRow, 3, { wrap: true });
    draft.fitRows(firstRow, lastRow, [{ columns: [3], width: widths[2] }]);
  }
  draft.widths(widths);
  draft.freeze(headerRow, 3);
  draft.print({
    orientation: "landscape",
    paper: "A4",
    titleRows: `${headerRow}:${headerRow}`,
    fitToWidth: true,
    margins: "narrow",
    area: rangeAddress({ row: 1, column: 1 }, { row: Math.max(headerRow, lastRow), column: width }),
  });
  return draft.changes(options.after);
}
