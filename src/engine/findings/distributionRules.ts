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
  distribute_unsplit_totals: rule(
    "warning",
    ["Chỉ tiêu tổng chưa phân bổ", "Totals not split"],
    [
      "{parent} chưa phân bổ cho từng đơn vị các chỉ tiêu cộng dồn {codes}: không đơn vị nào gánh cả chỉ tiêu của {parent}, nên các đơn vị chỉ báo cáo số thực hiện, không đánh giá. Muốn giao, hãy thêm các chỉ tiêu này vào trang giao chỉ tiêu.",
      "{parent} did not split the totals {codes} among its sub-units: no sub-unit carries the whole of them, so they report their figures unjudged. To set them, add them to the allocation sheet.",
    ],
  ),
  return_other_parent: rule(
    "error",
    ["Tệp của đơn vị giao khác", "Given by another parent"],
    [
      "{file}: tệp do {given} giao chỉ tiêu, không phải {parent}; không tổng hợp tệp này.",
      "{file}: the targets in this file were set by {given}, not {parent}; it is not consolidated.",
    ],
  ),
  return_unexpected_unit: rule(
    "error",
    ["Đơn vị không có trong danh sách", "Sub-unit not on the list"],
    [
      "{file}: tệp của {unit}, đơn vị không có trong danh sách giao chỉ tiêu của {parent}; không tổng hợp tệp này.",
      "{file}: this is {unit}'s file, and {unit} is not among {parent}'s sub-units; it is not consolidated.",
    ],
  ),
  return_other_period: rule(
    "error",
    ["Tệp của kỳ báo cáo khác", "File for another period"],
    [
      "{file}: tệp là báo cáo {period} năm {year} của {unit}, không phải {expected} năm {expectedYear}; không tổng hợp tệp này.",
      "{file}: this is {unit}'s report for {periodEn} {year}, not {expectedEn} {expectedYear}; it is not consolidated.",
    ],
  ),
  return_unit_retitled: rule(
    "warning",
    ["Tên đơn vị trên trang đã bị sửa", "Unit name changed on the sheet"],
    [
      "{file}: tệp được giao cho {unit} nhưng trang ghi “{stated}”; tổng hợp theo {unit}.",
      "{file}: the file was given to {unit} but the sheet says “{stated}”; it is consolidated as {unit}'s.",
    ],
  ),
  return_named_for_other: rule(
    "warning",
    ["Tên tệp là của đơn vị khác", "File named for another sub-unit"],
    [
      "{file}: tên tệp là của {named}, nhưng tệp mang báo cáo của {unit} (theo dấu giao chỉ tiêu); tổng hợp theo {unit}, {named} vẫn chưa nộp nếu không có tệp khác.",
      "{file}: the file name is {named}'s, but the file carries {unit}'s report; it is consolidated as {unit}'s, and {named} has not sent one unless another file is theirs.",
    ],
  ),
  return_target_changed: rule(
    "error",
    ["Kế hoạch đã giao bị sửa", "A given target was changed"],
    [
      "{file}: {what} của “{name}” được giao là {given}, tệp ghi {typed}; ô này bị khóa, tổng hợp theo số đã giao.",
      "{file}: {whatEn} of “{name}” was given as {given}, the file says {typed}; the cell is locked, and the figure given is consolidated.",
    ],
  ),
  return_row_missing: rule(
    "error",
    ["Chỉ tiêu đã giao bị xóa", "A given indicator was removed"],
    [
      "{file}: không còn dòng chỉ tiêu {code} “{name}” đã giao; chỉ tiêu này coi như chưa báo cáo.",
      "{file}: the row of {code} “{name}” that was given is gone; it counts as not reported.",
    ],
  ),
  return_older_plan: rule(
    "warning",
    ["Tệp giao theo kế hoạch cũ", "Given from an older plan"],
    [
      "{file}: tệp giao ngày {issued} theo một bản kế hoạch khác bản hiện nay của {parent} (khác ở {codes}); số liệu vẫn được tổng hợp, nên giao lại tệp mới cho {unit}.",
      "{file}: given on {issued} from a version of {parent}'s plan that differs from today's (at {codes}); its figures are consolidated, but {unit} should get a new file.",
    ],
  ),
  return_superseded: rule(
    "info",
    ["Tệp đã được thay", "File replaced"],
    [
      "{file} (lưu {saved}) được thay bằng {newer} (lưu {newerSaved}), cùng của {unit}: chỉ tổng hợp tệp mới nhất.",
      "{file} (saved {saved}) is replaced by {newer} (saved {newerSaved}), both {unit}'s: only the newest is consolidated.",
    ],
  ),
  returns_saved_together: rule(
    "warning",
    ["Hai tệp cùng thời điểm lưu", "Two files saved at the same time"],
    [
      "{file} và {newer} cùng của {unit}, và thời điểm lưu ghi trong hai tệp ({saved}) không cho biết tệp nào mới hơn: tổng hợp {newer} (đứng sau trong danh sách), bỏ {file}. Nếu cần tệp kia, chỉ đưa vào tệp đó.",
      "{file} and {newer} are both {unit}'s, and the time saved in them ({saved}) does not tell which is newer: {newer} (later in the list) is consolidated, {file} is left out. If the other is the right one, give only that one.",
    ],
  ),
  return_without_identity: rule(
    "info",
    ["Tệp không phải tệp giao chỉ tiêu", "Not a distributed file"],
    [
      "{file} không mang dấu giao chỉ tiêu: đọc như mọi báo cáo, theo tên đơn vị trên trang.",
      "{file} carries no distribution identity: it is read as any report, by the unit its sheet names.",
    ],
  ),
  return_identity_from_properties: rule(
    "warning",
    ["Mất trang dấu giao chỉ tiêu", "Identity sheet lost"],
    [
      "{file}: trang ẩn ghi dấu giao chỉ tiêu đã mất, chỉ còn thuộc tính tệp; không kiểm tra được kế hoạch đã giao.",
      "{file}: the hidden identity sheet is gone, only the file's properties remain; the targets given cannot be checked.",
    ],
  ),
} satisfies Record<string, RuleSpec>;
