import type { RuleSpec } from "./ruleSpec";

/** Findings of the budget-table reader (src/workbook/budget/read). Ids are stable once published. */
export const BUDGET_READ_RULES = {} satisfies Record<string, RuleSpec>;
