/**
 * Parts of a workbook that ExcelJS reads past and does not write back: a copy saved by this
 * gateway lacks them. The original file is never overwritten by the command line, but whoever
 * saves a copy should be told what it will not have.
 */
export type SaveLoss =
  | "chart_sheets"
  | "other_sheets"
  | "charts"
  | "macros"
  | "pivot_tables"
  | "external_links"
  | "data_connections"
  | "slicers"
  | "table_formulas";

export const SAVE_LOSS_TEXT: Record<SaveLoss, { vi: string; en: string }> = {
  chart_sheets: { vi: "trang biểu đồ", en: "chart sheets" },
  other_sheets: {
    vi: "trang hộp thoại / trang macro Excel 4",
    en: "dialog and Excel 4 macro sheets",
  },
  charts: { vi: "biểu đồ", en: "charts" },
  macros: { vi: "macro VBA", en: "VBA macros" },
  pivot_tables: { vi: "PivotTable", en: "pivot tables" },
  external_links: { vi: "liên kết tới sổ làm việc khác", en: "links to other workbooks" },
  data_connections: { vi: "kết nối dữ liệu / truy vấn", en: "data connections and queries" },
  slicers: { vi: "slicer và timeline", en: "slicers and timelines" },
  table_formulas: {
    vi: "công thức tự điền của cột trong bảng",
    en: "table calculated-column definitions",
  },
};

/** The loss a workbook-level relationship type stands for, if any. */
export function lossOfRelationship(type: string): SaveLoss | undefined {
  const kind = type.slice(type.lastIndexOf("/") + 1);
  switch (kind) {
    case "chartsheet":
      return "chart_sheets";
    case "dialogsheet":
    case "xlMacrosheet":
    case "xlIntlMacrosheet":
      return "other_sheets";
    case "vbaProject":
      return "macros";
    case "pivotCacheDefinition":
    case "pivotTable":
      return "pivot_tables";
    case "externalLink":
      return "external_links";
    case "connections":
      return "data_connections";
    case "slicerCache":
    case "timelineCache":
    case "slicer":
    case "timeline":
      return "slicers";
    case "chart":
    case "chartEx":
      return "charts";
    default:
      return undefined;
  }
}
