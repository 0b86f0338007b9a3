export * from "./rawBudget";
export * from "./budgetLine";
export * from "./budgetStatus";
export * from "./budgetSentence";
export * from "./sectionTotals";
export * from "./checkBudget";
