import { rule, type RuleSpec } from "./ruleSpec";

/** Findings about what is judged and what is not: no plan, no report, zeros, unit slips. */
export const JUDGMENT_RULES = {
  zero_target_no_plan: rule(
    "info",
    ["Kế hoạch 0: không đánh giá", "Target of 0: not judged"],
    [
      "Kế hoạch của “{name}” là 0, được hiểu là không giao kế hoạch nên không đánh giá. Nếu đây là mức trần (không để xảy ra), hãy ghi “≤ 0” hoặc “không để xảy ra”.",
      "The target of “{name}” is 0, read as no target, so it is not judged. If it is a ceiling (none allowed), type “≤ 0” or “none allowed”.",
    ],
  ),
  zero_target_ceiling: rule(
    "info",
    ["Kế hoạch 0 là mức trần", "Target of 0 read as a ceiling"],
    [
      "Kế hoạch 0 của “{name}” được hiểu là mức trần: không để xảy ra (≤ 0). Nếu không giao kế hoạch, hãy để trống hoặc ghi “-”.",
      "The target of 0 for “{name}” is read as a ceiling: none allowed (≤ 0). If no target was set, leave it blank or type “-”.",
    ],
  ),
  zeros_for_blank: rule(
    "info",
    ["Biểu ghi 0 thay cho ô trống", "The form types 0 for blank"],
    [
      "{unit}: biểu này ghi 0 thay cho ô trống, nên {count} chỉ tiêu có kế hoạch 0 hoặc để trống được hiểu là không giao kế hoạch và không được đánh giá.",
      "{unit}: this form types 0 for blank, so {count} indicators whose target is 0 or blank are read as having no target and are not judged.",
    ],
  ),
  unit_not_reported: rule(
    "warning",
    ["Đơn vị chưa báo cáo", "Unit has not reported"],
    [
      "{unit} chưa báo cáo: mọi số thực hiện ở {range} đều trống hoặc bằng 0. Các chỉ tiêu của đơn vị không được đánh giá và không được tính vào số chỉ tiêu hoàn thành.",
      "{unit} has not reported: every actual in {range} is blank or 0. Its indicators are not judged and not counted.",
    ],
  ),
  zero_actual: rule(
    "warning",
    ["Số thực hiện bằng 0", "Actual of 0"],
    [
      "“{name}” có số thực hiện bằng 0 trong khi kế hoạch là {target}{lastYear}: chưa nhập hay thực sự bằng 0?",
      "“{name}” has an actual of 0 against a target of {target}{lastYearEn}: not entered yet, or really 0?",
    ],
  ),
} satisfies Record<string, RuleSpec>;
