import { rule, type RuleSpec } from "./ruleSpec";

/**
 * Findings of the budget checks (src/engine/budget). Ids are stable once published. Amounts
 * with their unit arrive as ready text in both languages ("1.842 tỷ đồng" / "1,842 billion
 * dong"), hence the `{xEn}` twins.
 */
export const BUDGET_RULES = {
  budget_children_sum: rule(
    "error",
    ["Dòng tổng khác tổng các dòng con", "Parent line differs from its sub-lines"],
    [
      "“{name}”: {column} {value} khác tổng {count} dòng con là {sum} (chênh lệch {difference}).",
      "“{name}”: the {columnEn} {value} differs from the sum of its {count} sub-lines, {sum} (difference {difference}).",
    ],
  ),
  budget_percent_mismatch: rule(
    "error",
    ["Tỷ lệ % ghi sai", "Percentage does not match the figures"],
    [
      "“{name}”: cột {column} ghi {typed}%, nhưng {numerator} / {denominator} = {computed}%.",
      "“{name}”: the {columnEn} column says {typed}%, but {numerator} / {denominator} = {computed}%.",
    ],
  ),
  budget_over_estimate: rule(
    "warning",
    ["Chi vượt dự toán", "Spending over its estimate"],
    [
      "Chi “{name}” {actual} vượt dự toán {estimate} (bằng {percent}% dự toán).",
      "Spending on “{name}”, {actualEn}, is over its estimate of {estimateEn} ({percent}% of the estimate).",
    ],
  ),
  budget_revenue_behind: rule(
    "warning",
    ["Thu chưa đạt tiến độ dự toán", "Revenue behind its estimate"],
    [
      "Thu “{name}” đạt {actual}, bằng {percent}% dự toán {estimate}; tiến độ {period} cần {pace}% dự toán.",
      "Revenue from “{name}” is {actualEn}, {percent}% of its estimate of {estimateEn}; the {periodEn} pace is {pace}% of the estimate.",
    ],
  ),
  budget_shares_sum: rule(
    "error",
    ["Tỷ trọng không cộng đủ", "Shares do not add up"],
    [
      "Tỷ trọng {scope} cộng lại {sum}%, không bằng {expected}% (chênh lệch {difference} điểm phần trăm).",
      "The shares of {scopeEn} add up to {sum}%, not {expected}% (difference {difference} percentage points).",
    ],
  ),
  budget_thousand_slip: rule(
    "warning",
    ["Số liệu gấp khoảng 1.000 lần", "Figure about 1,000 times too large"],
    [
      "“{name}”: {column} {value} gấp khoảng {ratio} lần {other} {otherValue}; có lẽ nhập nhầm đơn vị (triệu đồng hay tỷ đồng?). Nếu vậy số đúng là {corrected}.",
      "“{name}”: the {columnEn} {value} is about {ratio} times {otherEn} {otherValue}; probably the wrong unit (million or billion dong?). If so the figure is {corrected}.",
    ],
  ),
  budget_mixed_units: rule(
    "warning",
    ["Nhiều đơn vị tính trong một cột", "Mixed units in one column"],
    [
      "“{name}” tính bằng {unit}, khác đơn vị {expected} của bảng; khi cộng vào dòng trên đã quy đổi về {expected}. Hãy ghi mọi dòng theo cùng một đơn vị tính.",
      "“{name}” is in {unitEn}, not the table's {expectedEn}; it was converted to {expectedEn} when added into the line above. Use one unit for every line.",
    ],
  ),
  budget_unit_in_cell: rule(
    "error",
    ["Số ghi kèm đơn vị", "Figure typed with its unit"],
    [
      "“{name}”: ô {column} ghi “{value}”, là chữ chứ không phải số nên không cộng được. Hãy nhập số {suggested} (theo {unit}).",
      "“{name}”: the {columnEn} cell says “{value}”, text rather than a number, so it is not added up. Enter the number {suggested} (in {unitEn}).",
    ],
  ),
  budget_missing_estimate: rule(
    "error",
    ["Thiếu số dự toán", "Estimate missing"],
    ["“{name}” chưa có số dự toán.", "“{name}” has no estimate."],
  ),
  budget_missing_actual: rule(
    "warning",
    ["Thiếu số thực hiện", "Actual missing"],
    ["“{name}” chưa có số thực hiện.", "“{name}” has no actual figure."],
  ),
  budget_missing_figure: rule(
    "warning",
    ["Thiếu số liệu", "Figure missing"],
    [
      "“{name}” chưa có số liệu ở cột {column}.",
      "“{name}” has no figure in the {columnEn} column.",
    ],
  ),
  budget_not_a_number: rule(
    "error",
    ["Ô số liệu ghi chữ", "Text in an amount cell"],
    [
      "“{name}”: ô {column} ghi “{value}”, không phải là số.",
      "“{name}”: the {columnEn} cell says “{value}”, which is not a number.",
    ],
  ),
  budget_ambiguous_number: rule(
    "error",
    ["Số không rõ cách ghi", "Ambiguous number"],
    [
      "“{name}”: ô {column} ghi “{value}”, có thể là {decimal} hay {whole}; các số khác trong bảng không cho biết dấu chấm là dấu thập phân hay dấu phân cách hàng nghìn. Hãy gõ {whole} (không dấu phân cách) hoặc ghi rõ phần thập phân.",
      "“{name}”: the {columnEn} cell says “{value}”, which could be {decimal} or {whole}; the table's other numbers do not settle which. Type {whole} (no separator) or write the decimals out.",
    ],
  ),
  budget_error_value: rule(
    "error",
    ["Ô có giá trị lỗi", "Error value in cell"],
    [
      "“{name}”: ô {column} có giá trị lỗi {value} của Excel; hãy sửa công thức hoặc nhập lại số liệu.",
      "“{name}”: the {columnEn} cell holds Excel's error value {value}; fix the formula or type the figure again.",
    ],
  ),
  budget_unknown_section: rule(
    "warning",
    ["Không rõ loại thu hay chi", "Revenue or spending not understood"],
    [
      "“{name}”: cột Loại ghi “{value}”; chỉ dùng “thu” hoặc “chi”. Dòng được xếp theo dòng trên hoặc theo tên.",
      "“{name}”: the Type column says “{value}”; use “thu” (revenue) or “chi” (spending). The line is placed by the line above or by its name.",
    ],
  ),
  budget_no_section: rule(
    "info",
    ["Không rõ khoản thu hay khoản chi", "Neither revenue nor spending"],
    [
      "Không rõ “{name}” là khoản thu hay khoản chi (không có cột Loại, tên không bắt đầu bằng “Thu” hay “Chi”); dòng này và các dòng con chưa được đánh giá so với dự toán.",
      "“{name}” is neither marked revenue nor spending (no Type column, the name does not start with “Thu” or “Chi”); it and its sub-lines are not judged against the estimate.",
    ],
  ),
  budget_unknown_code: rule(
    "warning",
    ["Mã dòng không rõ cấp", "Line code not understood"],
    [
      "Mã “{code}” của “{name}” không theo cách đánh số A, I, 1, 1.1, a); dòng này được xếp cùng cấp với dòng mã rõ ràng gần nhất.",
      "The code “{code}” of “{name}” is not numbered like A, I, 1, 1.1, a); the line is placed at the level of the nearest clearly coded line.",
    ],
  ),
  budget_missing_name: rule(
    "warning",
    ["Thiếu nội dung dòng", "Line name missing"],
    [
      "Dòng {row} có số liệu nhưng không có nội dung (tên khoản thu, chi).",
      "Row {row} has figures but no name (the revenue or spending item).",
    ],
  ),
} satisfies Record<string, RuleSpec>;
