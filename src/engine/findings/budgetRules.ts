import type { RuleSpec } from "./ruleSpec";

/** Findings of the budget checks (src/engine/budget). Ids are stable once published. */
export const BUDGET_RULES = {} satisfies Record<string, RuleSpec>;
