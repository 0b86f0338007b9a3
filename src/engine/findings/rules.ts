import { BUDGET_READ_RULES } from "./budgetReadRules";
import { BUDGET_RULES } from "./budgetRules";
import { DISTRIBUTION_RULES } from "./distributionRules";
import { JUDGMENT_RULES } from "./judgmentRules";
import { rule, type RuleSpec } from "./ruleSpec";

/**
 * The catalogue of findings: one stable id per kind of problem. Ids never change once
 * published (the JSON report and the task pane filter on them); titles and texts may.
 */
export const RULES = {
  ...BUDGET_RULES,
  ...BUDGET_READ_RULES,
  ...JUDGMENT_RULES,
  ...DISTRIBUTION_RULES,
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
      "{what} {value} {relation} {other} {otherValue}; có thể nhầm đơn vị tính (nghìn hay đơn vị, tấn hay kg, triệu hay tỷ đồng?).",
      "{whatEn} {value} is {relationEn} {otherEn} {otherValue}; possibly a unit slip (thousands or units, tonnes or kg, millions or billions?).",
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
  // robustness (issue 10)
  no_plan_table_in_file: rule(
    "warning",
    ["Không tìm thấy bảng chỉ tiêu", "No plan table found"],
    [
      "Không tìm thấy bảng chỉ tiêu nào trong {file}: cần một dòng tiêu đề có cột tên chỉ tiêu (“Chỉ tiêu”, “Tên chỉ tiêu”) và cột kế hoạch hoặc thực hiện (“Kế hoạch”, “KH”, “Thực hiện”, “TH”, “ƯTH”). Đã xem {count} trang: {sheets}.",
      "No plan table found in {file}: it needs a header row with an indicator name column (“Chỉ tiêu”, “Tên chỉ tiêu”, “Indicator”) and a target or actual column (“Kế hoạch”, “KH”, “Thực hiện”, “TH”, “ƯTH”, “Target”, “Actual”). Sheets read ({count}): {sheets}.",
    ],
  ),
  budget_no_figures: rule(
    "warning",
    ["Bảng ngân sách chưa có số liệu", "Budget table without figures"],
    [
      "Bảng ngân sách chưa có số liệu (biểu mẫu chưa điền): các cột số liệu đều trống hoặc bằng 0, không có gì để kiểm tra.",
      "The budget table has no figures yet (a template not filled in): every figure column is blank or 0, so there is nothing to check.",
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
  // Consolidation (issue 5): sub-unit sheets rolled up into the parent's.
  unit_missing_indicator: rule(
    "warning",
    ["Đơn vị thiếu chỉ tiêu", "Sub-unit lacks an indicator"],
    [
      "“{unit}” không có chỉ tiêu “{indicator}”; số tổng hợp chưa có phần của đơn vị này.",
      "“{unit}” has no “{indicator}”; the consolidated figure lacks its part.",
    ],
  ),
  indicator_in_some_units: rule(
    "warning",
    ["Chỉ tiêu chỉ có ở một số đơn vị", "Indicator in some sub-units only"],
    [
      "Chỉ tiêu “{indicator}” chỉ có ở {count}/{total} đơn vị ({units}); đã tổng hợp từ các đơn vị này.",
      "“{indicator}” is in {count} of {total} sub-units only ({units}); it is consolidated from those.",
    ],
  ),
  not_in_sub_units: rule(
    "info",
    ["Không đơn vị nào báo cáo", "No sub-unit reports it"],
    [
      "Không đơn vị nào báo cáo chỉ tiêu “{indicator}”; dùng số của cấp trên.",
      "No sub-unit reports “{indicator}”; the parent's own figures are used.",
    ],
  ),
  parent_only: rule(
    "warning",
    ["Chỉ tiêu của cấp trên", "Parent-only indicator"],
    [
      "“{indicator}” có cách tổng hợp “không”: lấy số của cấp trên, nhưng cấp trên chưa có chỉ tiêu này.",
      "“{indicator}” is aggregated “none”: the parent's own figure is taken, but the parent has no such indicator.",
    ],
  ),
  measure_differs: rule(
    "error",
    ["Khác đơn vị tính", "Different unit of measure"],
    [
      "“{unit}” ghi “{indicator}” theo đơn vị tính “{measure}”, khác “{expected}” dùng để tổng hợp; số của đơn vị này không được tổng hợp. Hãy đổi về “{expected}”.",
      "“{unit}” gives “{indicator}” in “{measure}”, not “{expected}” as the roll-up does; its figures are left out. Convert them to “{expected}”.",
    ],
  ),
  label_near_miss: rule(
    "warning",
    ["Cùng tên, khác đơn vị tính", "Same name, other unit of measure"],
    [
      "“{indicator}” của “{unit}” tính bằng “{measure}”, nơi khác tính bằng “{expected}”: cùng tên nhưng khác đơn vị tính nên không gộp; số của đơn vị này không được tổng hợp.",
      "“{indicator}” from “{unit}” is in “{measure}”, elsewhere in “{expected}”: same name, other unit, so it is not merged and its figures are left out.",
    ],
  ),
  duplicate_unit: rule(
    "error",
    ["Hai trang cùng một đơn vị", "Two sheets for one sub-unit"],
    [
      "Trang “{sheet}” và trang “{firstSheet}” cùng báo cáo cho “{unit}”; chỉ tổng hợp trang “{firstSheet}”.",
      "Sheets “{sheet}” and “{firstSheet}” both report for “{unit}”; only “{firstSheet}” is consolidated.",
    ],
  ),
  expected_unit_missing: rule(
    "error",
    ["Thiếu báo cáo của đơn vị", "Sub-unit report missing"],
    [
      "Chưa có báo cáo của “{unit}”; số tổng hợp chưa có phần của đơn vị này.",
      "No report from “{unit}” yet; the consolidated figures lack its part.",
    ],
  ),
  foreign_template: rule(
    "error",
    ["Trang theo mẫu khác", "Sheet of another template"],
    [
      "Trang “{sheet}” (“{unit}”) chỉ có {shared}/{total} chỉ tiêu trùng với mẫu tổng hợp; có lẽ là mẫu khác nên không được tổng hợp.",
      "Sheet “{sheet}” (“{unit}”) shares only {shared} of its {total} indicators with the roll-up; it looks like another template and is left out.",
    ],
  ),
  rate_without_rule: rule(
    "error",
    ["Tỷ lệ chưa có cách tổng hợp", "Rate without a roll-up rule"],
    [
      "“{indicator}” là tỷ lệ, năng suất hoặc số bình quân, không cộng được; hãy ghi cột Cách tổng hợp: “trung bình” hoặc “bình quân theo <mã>”.",
      "“{indicator}” is a rate, a yield or an average and cannot be summed; fill in the Aggregation column: “mean” or “weighted by <code>”.",
    ],
  ),
  rate_summed: rule(
    "error",
    ["Tỷ lệ không cộng được", "A rate is not summed"],
    [
      "“{indicator}” là tỷ lệ, năng suất hoặc số bình quân nhưng cách tổng hợp là “tổng”; hãy đổi thành “trung bình” hoặc “bình quân theo <mã>”.",
      "“{indicator}” is a rate, a yield or an average but its roll-up rule is “sum”; change it to “mean” or “weighted by <code>”.",
    ],
  ),
  total_sums_rate: rule(
    "error",
    ["Số tổng cộng dồn tỷ lệ", "The total adds up a rate"],
    [
      "Số {column} {total} của “{unit}” cho “{indicator}” là tổng của {count} đơn vị, nhưng tỷ lệ, năng suất không cộng được; hãy tính bình quân (theo diện tích, dân số…).",
      "“{unit}” shows {total} as {columnEn} of “{indicator}”, the sum of {count} sub-units, but rates and yields are not summed; compute a (weighted) mean instead.",
    ],
  ),
  total_differs: rule(
    "error",
    ["Số tổng khác số tổng hợp", "Total differs from the roll-up"],
    [
      "Số {column} {total} của “{unit}” cho “{indicator}” khác {rollup} là {rule} của {count} đơn vị (chênh lệch {difference}).",
      "“{unit}” shows {total} as {columnEn} of “{indicator}”, but the {ruleEn} of {count} sub-units is {rollup} (difference {difference}).",
    ],
  ),
  allocation_mismatch: rule(
    "error",
    ["Phân bổ kế hoạch không khớp", "Allocation does not add up"],
    [
      "Kế hoạch “{indicator}” giao cho các đơn vị cộng lại {sum} ({parts}), khác kế hoạch {target} của cấp trên (chênh lệch {difference}).",
      "The targets for “{indicator}” given to sub-units add up to {sum} ({partsEn}), not the parent's target {target} (difference {difference}).",
    ],
  ),
  missing_weight: rule(
    "error",
    ["Thiếu quyền số", "Weight missing"],
    [
      "“{indicator}” tính bình quân theo {weightCode}, nhưng “{unit}” chưa có số {weightCode}; số của đơn vị này không tính được.",
      "“{indicator}” is weighted by {weightCode}, but “{unit}” has no {weightCode} figure; its figure cannot be counted.",
    ],
  ),
  weights_zero: rule(
    "warning",
    ["Quyền số bằng 0", "Weights are zero"],
    [
      "“{indicator}” tính bình quân theo {weightCode}, nhưng quyền số của mọi đơn vị đều bằng 0; không tính được số tổng hợp.",
      "“{indicator}” is weighted by {weightCode}, but every sub-unit's weight is 0; no roll-up can be computed.",
    ],
  ),
  rule_conflict: rule(
    "error",
    ["Cách tổng hợp không thống nhất", "Roll-up rules disagree"],
    [
      "Các đơn vị ghi cách tổng hợp khác nhau cho “{indicator}”: {rules}. Hãy thống nhất, hoặc ghi cách tổng hợp ở trang của cấp trên.",
      "Sub-units give different roll-up rules for “{indicator}”: {rulesEn}. Make them agree, or set the rule on the parent's sheet.",
    ],
  ),
  figures_missing: rule(
    "warning",
    ["Chưa đủ số liệu để tổng hợp", "Figures missing for the roll-up"],
    [
      "Chưa có số {column} “{indicator}” của {count} đơn vị ({units}); chưa tính số tổng hợp.",
      "No {columnEn} of “{indicator}” from {count} sub-units ({units}); the roll-up is not computed.",
    ],
  ),
  figure_not_usable: rule(
    "error",
    ["Số liệu không tổng hợp được", "Figure cannot be rolled up"],
    [
      "“{unit}” ghi “{value}” cho “{indicator}”, không tổng hợp được theo cách “{rule}”; hãy ghi một con số.",
      "“{unit}” gives “{valueEn}” for “{indicator}”, which cannot be rolled up by “{ruleEn}”; enter a number.",
    ],
  ),
  targets_differ: rule(
    "warning",
    ["Kế hoạch của các đơn vị khác loại", "Sub-unit targets of different kinds"],
    [
      "Kế hoạch “{indicator}” của “{unit}” (“{text}”) khác loại với của “{firstUnit}” (“{firstText}”); không tổng hợp được kế hoạch, hãy ghi kế hoạch ở trang của cấp trên.",
      "The target for “{indicator}” from “{unit}” (“{text}”) is unlike that of “{firstUnit}” (“{firstText}”); the targets cannot be rolled up, so set one on the parent's sheet.",
    ],
  ),
  // Consolidation: the parent's allocation sheet (GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ).
  allocation_parts_differ: rule(
    "error",
    ["Phần giao không khớp kế hoạch giao", "Shares do not add up to the allocation"],
    [
      "Các phần giao “{indicator}” cho các đơn vị cộng lại {sum} ({parts}), khác kế hoạch giao {total} (chênh lệch {difference}).",
      "The shares of “{indicator}” given to sub-units add up to {sum} ({partsEn}), not the allocated target {total} (difference {difference}).",
    ],
  ),
  allocation_total_differs: rule(
    "error",
    ["Kế hoạch giao khác kế hoạch", "Allocated target differs from the plan"],
    [
      "Kế hoạch giao “{indicator}” là {total}, khác kế hoạch {target} trên trang “{planSheet}”.",
      "The allocated target of “{indicator}” is {total}, not the target {target} on sheet “{planSheet}”.",
    ],
  ),
  allocated_target_differs: rule(
    "error",
    ["Kế hoạch của đơn vị khác phần được giao", "Sub-unit's target differs from its share"],
    [
      "“{unit}” ghi kế hoạch “{indicator}” là {target}, khác {allocated} cấp trên giao (trang “{allocationSheet}”, ô {allocationCell}).",
      "“{unit}” sets “{indicator}” at {target}, not the {allocated} the parent allocated (sheet “{allocationSheet}”, cell {allocationCell}).",
    ],
  ),
  allocation_share_not_number: rule(
    "error",
    ["Phần giao không phải là số", "Share is not a number"],
    [
      "Phần giao “{indicator}” cho “{unit}” là “{value}”, không phải là số; phần này không được kiểm tra.",
      "The share of “{indicator}” for “{unit}” is “{value}”, not a number; it is not checked.",
    ],
  ),
  allocation_without_code: rule(
    "warning",
    ["Phần giao chưa có mã chỉ tiêu", "Allocation row without a code"],
    [
      "Dòng giao chỉ tiêu “{indicator}” chưa có mã nên không đối chiếu được với báo cáo của các đơn vị; hãy ghi cột Mã.",
      "The allocation of “{indicator}” has no code, so it cannot be matched with the sub-units' reports; fill in the Code column.",
    ],
  ),
  // reader (issue 10)
  header_formula_uncached: rule(
    "warning",
    ["Tiêu đề cột chưa có giá trị", "Column header not calculated"],
    [
      "Tiêu đề cột là công thức {formula} nhưng tệp không lưu kết quả của nó, nên không biết cột này là cột gì; hãy mở tệp bằng Excel, tính lại và lưu.",
      "The column header is the formula {formula} but the file holds no result for it, so the column cannot be told; open the file in Excel, recalculate and save.",
    ],
  ),
  hidden_rows_with_figures: rule(
    "info",
    ["Dòng ẩn có số liệu", "Hidden rows hold figures"],
    [
      "{count} dòng ẩn trong bảng có số liệu; các dòng ẩn là phần biểu mẫu không dùng nên không được đánh giá.",
      "{count} hidden rows of the table hold figures; hidden rows are the form's unused part and are not judged.",
    ],
  ),
  groups_read_as_units: rule(
    "info",
    ["Nhóm cột được đọc là đơn vị", "Column groups read as units"],
    [
      "Tên nhóm cột {groups} không cho biết là đơn vị hay loại số liệu; vì bảng có nhóm tổng (toàn huyện, tổng số…), các nhóm này được đọc là đơn vị.",
      "The column groups {groups} do not say whether they are units or measures; as the table has a total group (district, total…), they are read as units.",
    ],
  ),
  groups_read_as_measures: rule(
    "info",
    ["Nhóm cột được đọc là loại số liệu", "Column groups read as measures"],
    [
      "Tên nhóm cột {groups} không cho biết là đơn vị hay loại số liệu; vì bảng không có nhóm tổng, các nhóm này được đọc là các loại số liệu của cùng chỉ tiêu, không cộng gộp như đơn vị.",
      "The column groups {groups} do not say whether they are units or measures; as the table has no total group, they are read as measures of the same indicators, never added up as units.",
    ],
  ),
  // consolidation (issue 10)
  periods_differ: rule(
    "warning",
    ["Các đơn vị báo cáo khác kỳ", "Sub-units report different periods"],
    [
      "“{unit}” ghi kỳ báo cáo {period}, khác kỳ {chosen} của {others}; tổng hợp đánh giá mọi đơn vị theo kỳ {chosen}. Hãy sửa dòng kỳ báo cáo của đơn vị lệch, hoặc chọn kỳ khi tổng hợp.",
      "“{unit}” reports for {periodEn}, not the {chosenEn} of {others}; the consolidation judges every sub-unit for {chosenEn}. Correct the odd sub-unit's period line, or choose the period when consolidating.",
    ],
  ),
  own_output_skipped: rule(
    "info",
    ["Bỏ qua trang do Chỉ tiêu tạo", "Add-in's own sheet skipped"],
    [
      "Trang “{sheet}” do Chỉ tiêu tạo, không phải báo cáo của một đơn vị: không tổng hợp trang này.",
      "Sheet “{sheet}” was written by Chỉ tiêu, not a sub-unit's report: it is not consolidated.",
    ],
  ),
  figure_suspect: rule(
    "error",
    ["Số nghi nhầm đơn vị, chưa tổng hợp", "Figure looks like a unit slip: not rolled up"],
    [
      "Số {column} của “{unit}” cho “{indicator}” có thể nhầm đơn vị tính (xem cảnh báo ở ô này): chưa tổng hợp “{indicator}” cho đến khi số này được sửa.",
      "The {columnEn} “{unit}” gives for “{indicator}” looks like a unit slip (see the warning at this cell): “{indicator}” is not rolled up until it is corrected.",
    ],
  ),
  figures_partial: rule(
    "warning",
    ["Số tổng hợp tạm tính, thiếu đơn vị", "Partial roll-up: sub-units missing"],
    [
      "Số {column} “{indicator}” là số tạm tính từ {present}/{total} đơn vị: còn thiếu {units}. Chưa đánh giá cho đến khi đủ số liệu.",
      "The {columnEn} of “{indicator}” is a partial figure from {present} of {total} sub-units: {units} missing. It is not judged until every figure is in.",
    ],
  ),
  // write-back (issue 11)
  no_room_to_write: rule(
    "warning",
    ["Không còn chỗ ghi kết quả", "No room to write the results"],
    [
      "Bên phải bảng không còn cột trống nào trước cột XFD (cột cuối của Excel) nên không ghi {columns} vào trang; kết quả kiểm tra vẫn có trong báo cáo này. Hãy xóa bớt các cột trống bên phải hoặc chép bảng sang trang mới.",
      "No empty columns are left right of the table before column XFD (Excel's last), so {columnsEn} were not written to the sheet; the check's results are still in this report. Delete unused columns on the right, or copy the table to a new sheet.",
    ],
  ),
} satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
