import type { Language } from "../../engine/model/status";
import type { AllocationTemplate } from "../../engine/templates/types";
import type { Change, WriteValue } from "../changeSet";
import { formatForUnit } from "./numberFormats";
import { SheetDraft } from "./sheetDraft";

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
  draft.addRow([`${t.title} ${options.year}`]);
  draft.addRow([`${t.unit}: ${options.unit}`]);
  draft.addRow([]);
  draft.merge(1, 1, width);
  draft.style(1, 1, 1, 1, { bold: true, fontSize: 14, horizontal: "center" });
  draft.style(2, 1, 2, 1, { italic: true });
  const headerRow = draft.addRow([...t.headers, ...blocs]);
  draft.style(headerRow, 1, headerRow, width, {
    bold: true,
    fill: "#DDEBF7",
    border: true,
    wrap: true,
    horizontal: "center",
    vertical: "middle",
  });
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
    draft.style(row, 1, row, width, { border: true });
  });
  draft.widths([5, 8, 40, 12, 14, ...blocs.map(() => 16)]);
  draft.freeze(headerRow, 3);
  draft.print({
    orientation: "landscape",
    paper: "A4",
    titleRows: `${headerRow}:${headerRow}`,
    fitToWidth: true,
  });
  return draft.changes(options.after);
}
