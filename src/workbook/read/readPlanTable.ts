import type { PlanTable } from "../planTable";

/** A plan table as the reader found it, with the columns the contract has no place for. */
export interface ReadPlanTable extends PlanTable {
  /** The STT column ("STT", "No."), when the table has one. */
  labelColumn?: number;
  /** Ratio columns ("So sánh %", "ƯTH2020/ƯTH2019"): typed or formulas, never written. */
  ratioColumns: number[];
}
