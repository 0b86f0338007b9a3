import { matchHeaderWith, type HeaderMatchOf, type HeaderVocabulary } from "../../read/matchHeader";
import { budgetRoleOfKey, type BudgetHeaderRole } from "./budgetHeaderAliases";

export type BudgetHeaderMatch = HeaderMatchOf<BudgetHeaderRole>;

/** "TH/DT" is the percent of the estimate, "TH/CK" of last year; "DT 2024/ƯTH 2023" too. */
function ratioOf(parts: readonly BudgetHeaderMatch[]): BudgetHeaderMatch | undefined {
  if (parts.length !== 2) return undefined;
  const [top, bottom] = parts.map((p) => p.role);
  if (bottom === "estimate" && (top === "actual" || top === "amount")) {
    return { role: "percentOfEstimate" };
  }
  if (bottom === "lastYear" || (top === bottom && top === "actual")) {
    return { role: "percentOfLastYear" };
  }
  return undefined;
}

const BUDGET_VOCABULARY: HeaderVocabulary<BudgetHeaderRole> = {
  roleOf: (key) => budgetRoleOfKey(key),
  slashed: ratioOf,
};

/** A budget table's header text: "Dự toán được giao", "Ước TH 2023", "TH/DT", "Tỷ trọng (%)". */
export function matchBudgetHeader(text: string): BudgetHeaderMatch | undefined {
  return matchHeaderWith(text, BUDGET_VOCABULARY);
}

export function isBudgetHeaderText(text: string): boolean {
  return matchBudgetHeader(text) !== undefined;
}
