import type { Aggregation } from "./aggregation";
import type { Target } from "./target";

/** Milestone states typed in the actual column ("Hoàn thành", "Đang thực hiện"…). */
export type MilestoneState = "done" | "in_progress" | "not_done";

/** An actual figure: a number, or the state of a milestone. */
export type ActualValue =
  { kind: "number"; value: number } | { kind: "milestone"; state: MilestoneState };

/** Where each value of an indicator sits in the workbook, for findings. */
export interface IndicatorCells {
  code?: string;
  name?: string;
  unit?: string;
  kind?: string;
  aggregation?: string;
  cumulative?: string;
  baseline?: string;
  target?: string;
  targetMax?: string;
  actual?: string;
  forecast?: string;
}

/** A plan indicator after its row has been read and its entries parsed. */
export interface Indicator {
  code?: string;
  name: string;
  field?: string;
  unit?: string;
  /** The target, its kind from the kind column or from its text; absent when none could be read. */
  target?: Target;
  /** The target cell's text as typed, for messages and reports. */
  targetText?: string;
  /**
   * No plan for the period: the target cell was blank, a mark such as "-" or "x", or the 0 a
   * form types for blank. Such an indicator is not judged (status "no_target").
   */
  noPlan?: true;
  aggregation?: Aggregation;
  /** A flow paced through the year (true) or a level (false). */
  cumulative: boolean;
  baseline?: number;
  actual?: ActualValue;
  forecast?: ActualValue;
  /** The name of the row this one sits under ("Lúa Đông xuân" for "- Năng suất"), if any. */
  parentName?: string;
  sheet?: string;
  row?: number;
  cells: IndicatorCells;
}

export interface Field {
  name: string;
  indicators: Indicator[];
}

export interface Plan {
  unit?: string;
  year?: number;
  fields: Field[];
}
