export { readBudgetSheet, type BudgetSheetReading } from "./readBudgetSheet";
export type { ReadBudgetRow, ReadBudgetTable } from "./readBudgetTable";
export { OWNED_BUDGET_HEADERS } from "./ownedBudgetColumns";
