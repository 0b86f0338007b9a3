import type { BudgetSection } from "../../../engine/budget/rawBudget";
import { foldText } from "../../../engine/text/normalize";

/** "Thu", "Chi", "Revenue", "Expenditure" typed in a Loại column. */
export function sectionOfType(text: string): BudgetSection | undefined {
  const folded = foldText(text);
  if (/^(thu|revenue|income)\b/.test(folded)) return "revenue";
  if (/^(chi|expenditure|spending|expense)\b/.test(folded)) return "expenditure";
  return undefined;
}

/**
 * A line whose name says thu or chi ("Tổng thu ngân sách nhà nước", "Chi cân đối ngân sách",
 * "Thu nội địa"); not "Chi tiết…" or "Thu nhập…".
 */
export function sectionOfName(name: string): BudgetSection | undefined {
  const folded = foldText(name);
  if (/^(tong )?thu\b(?! nhap)/.test(folded) || /^(total )?revenues?\b/.test(folded)) {
    return "revenue";
  }
  if (
    /^(tong )?chi\b(?! tiet)/.test(folded) ||
    /^(total )?(expenditures?|spending)\b/.test(folded)
  ) {
    return "expenditure";
  }
  return undefined;
}
