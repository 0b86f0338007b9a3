import type { Severity } from "./finding";

interface RuleSpec {
  severity: Severity;
  title: { vi: string; en: string };
  /** Message templates; `{name}` placeholders are filled from the finding's params. */
  message: { vi: string; en: string };
}

function rule(severity: Severity, title: [string, string], message: [string, string]): RuleSpec {
  return {
    severity,
    title: { vi: title[0], en: title[1] },
    message: { vi: message[0], en: message[1] },
  };
}

/**
 * The catalogue of findings: one stable id per kind of problem. Ids never change once
 * published (the JSON report and the task pane filter on them); titles and texts may.
 */
export const RULES = {
  not_a_number: rule(
    "error",
    ["Không phải là số", "Not a number"],
    ["“{value}” không phải là số.", "“{value}” is not a number."],
  ),
  ambiguous_number: rule(
    "error",
    ["Số không rõ cách ghi", "Ambiguous number"],
    [
      "“{value}” có thể là {decimal} hay {whole}: dấu chấm và dấu phẩy được dùng theo hai cách, và các số khác trên trang không cho biết cách nào. Hãy gõ {whole} (không dấu phân cách) hoặc ghi rõ phần thập phân.",
      "“{value}” could be {decimal} or {whole}: dots and commas are used both ways and the sheet's other numbers do not settle which. Type {whole} (no separator) or write the decimals out.",
    ],
  ),
  excel_error: rule(
    "error",
    ["Ô có giá trị lỗi", "Error value in cell"],
    [
      "Ô có giá trị lỗi {value} của Excel; hãy sửa công thức hoặc nhập lại số liệu.",
      "The cell holds Excel's error value {value}; fix the formula or type the figure again.",
    ],
  ),
  missing_name: rule(
    "error",
    ["Thiếu tên chỉ tiêu", "Indicator name missing"],
    ["Dòng có số liệu nhưng không có tên chỉ tiêu.", "The row has figures but no indicator name."],
  ),
  missing_actual: rule(
    "warning",
    ["Thiếu số thực hiện", "Actual missing"],
    ["Chưa nhập số thực hiện của chỉ tiêu “{name}”.", "No actual figure entered for “{name}”."],
  ),
  missing_target: rule(
    "error",
    ["Thiếu kế hoạch", "Target missing"],
    ["Chỉ tiêu “{name}” chưa có kế hoạch (chỉ tiêu giao).", "“{name}” has no target."],
  ),
  missing_baseline: rule(
    "error",
    ["Thiếu số thực hiện năm trước", "Baseline missing"],
    [
      "Kế hoạch “{target}” tính theo mức năm trước, nhưng chỉ tiêu “{name}” chưa có số thực hiện năm trước.",
      "The target “{target}” is a change on last year, but “{name}” has no baseline (last year's actual).",
    ],
  ),
  unknown_target: rule(
    "error",
    ["Không đọc được kế hoạch", "Target not understood"],
    [
      "Không đọc được kế hoạch “{value}”. Hãy ghi như: “từ 12% trở lên”, “13-14%”, “giảm 3-5%”, “không quá 3”, “hoàn thành”.",
      "Cannot read the target “{value}”. Write it like: “at least 12%”, “13-14%”, “reduce 3-5%”, “at most 3”, “complete”.",
    ],
  ),
  target_range_reversed: rule(
    "error",
    ["Khoảng kế hoạch ngược", "Target range reversed"],
    [
      "Kế hoạch tối thiểu {min} lớn hơn kế hoạch tối đa {max}.",
      "The lower target {min} is above the upper target {max}.",
    ],
  ),
  unknown_kind: rule(
    "error",
    ["Không rõ loại chỉ tiêu", "Unknown target kind"],
    [
      "Loại chỉ tiêu “{value}” không có trong danh sách: ≥, ≤, khoảng, tăng, giảm, duy trì, hoàn thành.",
      "Target kind “{value}” is not one of: ≥, ≤, range, increase, decrease, maintain, complete.",
    ],
  ),
  kind_conflict: rule(
    "warning",
    ["Loại chỉ tiêu khác kế hoạch", "Kind contradicts the target"],
    [
      "Loại chỉ tiêu “{kind}” không khớp với kế hoạch “{target}”; đã đánh giá theo kế hoạch. Hãy sửa một trong hai ô.",
      "The kind “{kind}” contradicts the target “{target}”; judged by the target. Correct one of the two cells.",
    ],
  ),
  unknown_cumulative: rule(
    "warning",
    ["Không rõ lũy kế", "Cumulative flag not understood"],
    [
      "Cột Lũy kế ghi “{value}”; chỉ dùng “có” hoặc “không”. Đã coi là “không”.",
      "The Cumulative column says “{value}”; use “yes” or “no”. Read as “no”.",
    ],
  ),
  unknown_aggregation: rule(
    "error",
    ["Không rõ cách tổng hợp", "Unknown aggregation"],
    [
      "Cách tổng hợp “{value}” không có trong danh sách: tổng, trung bình, bình quân theo <mã>, nhỏ nhất, lớn nhất, tất cả, không.",
      "Aggregation “{value}” is not one of: sum, mean, weighted by <code>, min, max, all, none.",
    ],
  ),
  unknown_milestone: rule(
    "error",
    ["Không rõ tình trạng hoàn thành", "Milestone state not understood"],
    [
      "“{value}” không phải tình trạng hợp lệ; hãy ghi “Hoàn thành”, “Đang thực hiện” hoặc “Chưa hoàn thành”, hoặc một con số.",
      "“{value}” is not a milestone state; write “Completed”, “In progress” or “Not completed”, or a number.",
    ],
  ),
  rate_out_of_range: rule(
    "error",
    ["Tỷ lệ ngoài 0–100%", "Rate outside 0–100%"],
    ["Tỷ lệ {value}% nằm ngoài khoảng 0–100%.", "The rate {value}% is outside 0–100%."],
  ),
  negative_value: rule(
    "error",
    ["Số âm không hợp lệ", "Impossible negative"],
    [
      "Số {value} âm, nhưng “{name}” ({unit}) không thể âm.",
      "{value} is negative, but “{name}” ({unit}) cannot be.",
    ],
  ),
  duplicate_code: rule(
    "error",
    ["Trùng mã chỉ tiêu", "Duplicate code"],
    [
      "Mã “{code}” đã dùng ở ô {firstCell}; mỗi chỉ tiêu cần một mã riêng.",
      "Code “{code}” is already used at {firstCell}; each indicator needs its own code.",
    ],
  ),
  implausible_magnitude: rule(
    "warning",
    ["Số liệu chênh lệch bất thường", "Implausible magnitude"],
    [
      "{what} {value} gấp khoảng {ratio} lần {other} {otherValue}; kiểm tra đơn vị (triệu đồng hay tỷ đồng?).",
      "{whatEn} {value} is about {ratio} times {otherEn} {otherValue}; check the unit (million or billion dong?).",
    ],
  ),
  judged_on_forecast: rule(
    "info",
    ["Đánh giá theo số ước", "Judged on the estimate"],
    [
      "Chưa có số thực hiện cả năm; “{name}” được đánh giá theo số ước thực hiện.",
      "No full-year actual yet; “{name}” is judged on the year's estimate.",
    ],
  ),
  no_plan_table: rule(
    "info",
    ["Không có bảng chỉ tiêu", "No plan table"],
    [
      "Trang “{sheet}” không có bảng chỉ tiêu (cần ít nhất cột Chỉ tiêu và cột Kế hoạch hoặc Thực hiện).",
      "Sheet “{sheet}” has no plan table (it needs at least an Indicator column and a Target or Actual column).",
    ],
  ),
  duplicate_column: rule(
    "warning",
    ["Cột bị lặp", "Duplicate column"],
    [
      "Bảng có hai cột “{column}”; chỉ đọc cột ở ô {firstCell}, bỏ qua cột này.",
      "The table has two “{column}” columns; only the one at {firstCell} is read, this one is ignored.",
    ],
  ),
} satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
