import { rule, type RuleSpec } from "./ruleSpec";

/** Findings of the budget-table reader (src/workbook/budget/read). Ids are stable once published. */
export const BUDGET_READ_RULES = {
  budget_no_table: rule(
    "info",
    ["Không có bảng ngân sách", "No budget table"],
    [
      "Trang “{sheet}” không có bảng ngân sách (cần cột Nội dung và ít nhất một cột Dự toán, Thực hiện, Quyết toán, Tỷ trọng hoặc Số lượng).",
      "Sheet “{sheet}” has no budget table (it needs an Item column and at least one Estimate, Actual, Final accounts, Share or Number column).",
    ],
  ),
  budget_unnamed_column: rule(
    "warning",
    ["Cột số liệu không có tiêu đề", "Figures without a header"],
    [
      "Cột {column} có số liệu nhưng tiêu đề không cho biết đó là dự toán, thực hiện hay số nào khác; cột này không được kiểm tra. Hãy đặt tiêu đề cho cột (ví dụ “Dự toán”, “Thực hiện”).",
      "Column {column} holds figures but its header does not say whether they are the estimate, the actual or something else; the column is not checked. Give it a header (e.g. “Dự toán”, “Thực hiện”).",
    ],
  ),
  budget_extra_column: rule(
    "info",
    ["Cột cùng loại không được kiểm tra", "Column of the same kind not checked"],
    [
      "Cột “{column}” cũng là cột {role}; chỉ cột “{used}” ở ô {usedCell} được kiểm tra.",
      "Column “{column}” is another {roleEn} column; only “{used}” at {usedCell} is checked.",
    ],
  ),
  budget_template_rows: rule(
    "info",
    ["Biểu mẫu chưa có số liệu", "Template without figures"],
    [
      "Bảng là biểu mẫu của phần mềm báo cáo: {count} dòng chứa mã thay thế (<#…>) thay cho số liệu, không có gì để kiểm tra ở các dòng này.",
      "The table is a reporting system's template: {count} rows hold placeholders (<#…>) instead of figures, so there is nothing to check in them.",
    ],
  ),
} satisfies Record<string, RuleSpec>;
