import type { PlanCheck } from "../../engine/check/checkPlan";
import type { PlanTable } from "../planTable";

export interface CheckedTable {
  table: PlanTable;
  check: PlanCheck;
}
