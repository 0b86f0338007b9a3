export { readPlanSheet, type PlanSheetReading, type ReadPlanSheetOptions } from "./readPlanSheet";
export type { ReadPlanTable } from "./readPlanTable";
