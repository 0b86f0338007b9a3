import { rule, type RuleSpec } from "./ruleSpec";

/** Findings of giao chỉ tiêu (distributing targets) and of collecting the workbooks back. */
export const DISTRIBUTION_RULES = {
  distribute_no_plan: rule(
    "error",
    ["Không có kế hoạch để giao", "No plan to distribute"],
    [
      "Tệp của đơn vị cấp trên không có bảng chỉ tiêu có chỉ tiêu nào để giao (cần cột Chỉ tiêu và cột Kế hoạch).",
      "The parent's workbook has no plan table with indicators to distribute (it needs an Indicator column and a Target column).",
    ],
  ),
  distribute_no_units: rule(
    "error",
    ["Chưa có danh sách đơn vị nhận chỉ tiêu", "No sub-units to distribute to"],
    [
      "Tệp của {parent} không nêu đơn vị nào nhận chỉ tiêu: thêm trang “Giao chỉ tiêu cho các đơn vị” (một cột cho mỗi đơn vị) hoặc dòng “Đơn vị trực thuộc: Phường 1, Phường 2” trên bảng, hoặc ghi tên đơn vị khi chạy lệnh.",
      "{parent}'s workbook names no sub-units: add a “Target allocation” sheet (a column per sub-unit) or a line “Sub-units: Ward 1, Ward 2” above the table, or name the sub-units in the command.",
    ],
  ),
} satisfies Record<string, RuleSpec>;
