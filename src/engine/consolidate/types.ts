import type { EvaluationOptions } from "../evaluate/options";
import type { Finding } from "../findings/finding";
import type { Aggregation } from "../model/aggregation";
import type { ActualValue, Indicator, MilestoneState } from "../model/indicator";
import type { Language, StatusId } from "../model/status";
import type { Target } from "../model/target";
import type { Summary } from "../report/summarize";

/** An indicator as one unit's sheet gave it, with what consolidation needs beyond the model. */
export interface UnitIndicator extends Indicator {
  /**
   * Names of the rows above it in the sheet's numbering, outermost first ("1.3.Ngô" above
   * "- Năng suất"): sheets without codes repeat names, and these tell them apart.
   */
  parentNames?: string[];
  /** Its status from the unit's own check (checkPlan), for the status matrix. */
  status?: StatusId;
  /** Cells its own check found a unit slip in (implausible_magnitude): never rolled up. */
  suspectCells?: string[];
}

/** One sub-unit's plan as read and checked: its own bad entries come with sheet and cell. */
export interface UnitPlan {
  /** "Phường Tân Phong", "Khối doanh nghiệp", "Xã Ka Đô"… */
  unit: string;
  sheet?: string;
  indicators: UnitIndicator[];
  /** The unit's own findings (entry checks), carried into the consolidation's findings. */
  findings: Finding[];
}

/** The parent's sheet: its targets, its roll-up rules, and the figures only it reports. */
export interface ParentPlan extends Omit<UnitPlan, "unit" | "findings"> {
  unit?: string;
  findings?: Finding[];
}

/** One sub-unit's part of an allocated target, and the cell that gives it. */
export interface AllocatedShare {
  unit: string;
  value: number;
  cell?: string;
}

/** A parent's target split among its sub-units, as its allocation sheet gives it. */
export interface AllocatedTarget {
  code: string;
  name?: string;
  /** The target allocated ("Kế hoạch giao"), when the sheet gives one. */
  total?: number;
  sheet?: string;
  /** The cell of the total. */
  cell?: string;
  shares: AllocatedShare[];
}

export interface ConsolidationInput {
  units: UnitPlan[];
  parent?: ParentPlan;
  /** The sub-units the parent expects a report from; those missing are findings. */
  expectedUnits?: string[];
  /** Targets the parent allocated to each sub-unit: each sub-unit's own target is checked. */
  allocations?: AllocatedTarget[];
}

export interface ConsolidateOptions extends Partial<EvaluationOptions> {
  /**
   * Relative slack when comparing totals and allocations (0.001 = 0.1%). Differences within
   * half a unit of the total's last typed decimal are always rounding, never a finding.
   */
  tolerance?: number;
  /** Language of the report sentence. */
  lang?: Language;
}

/** The figure columns a roll-up reads. */
export type FigureColumn = "baseline" | "target" | "actual" | "forecast";

/** One figure a sub-unit gave: what the "Nguồn" sheet lists. */
export interface SourceFigure {
  unit: string;
  sheet?: string;
  cell?: string;
  column: FigureColumn;
  value: number | MilestoneState;
  /** The target as typed, for the target column. */
  text?: string;
  /** The weight it counted with (weighted mean). */
  weight?: number;
  /** False when it was left out (other unit of measure, no weight, not a figure). */
  used: boolean;
}

/** A figure rolled up from the sub-units that gave one, and the sub-units it lacks. */
export interface PartialFigure {
  value: ActualValue;
  missing: string[];
}

/**
 * Figures shown though some sub-units' parts are missing (a `nhỏ nhất` of the wards present):
 * never blank, never judged as the whole.
 */
export interface PartialFigures {
  actual?: PartialFigure;
  forecast?: PartialFigure;
}

/** Where the roll-up rule came from. */
export type RuleSource = "parent" | "sub_units" | "default";

export interface ConsolidatedIndicator {
  /** Matching key: the code, or the folded label path for sheets without codes. */
  key: string;
  code?: string;
  name: string;
  field?: string;
  unit?: string;
  rule?: Aggregation;
  ruleFrom?: RuleSource;
  baseline?: number;
  target?: Target;
  targetText?: string;
  /** "parent" when the parent's sheet set the target, else rolled up from the sub-units. */
  targetFrom?: "parent" | "sub_units";
  /** The rolled-up figure; a partial one (see `partial`) when some sub-units' are missing. */
  actual?: ActualValue;
  forecast?: ActualValue;
  /**
   * A weight base ("bình quân theo" this code: dân số, số hộ) with no target: carried for the
   * weighted means, not judged, in no count or sentence.
   */
  basis?: boolean;
  /** Set when actual or forecast is a partial figure: which sub-units it lacks. */
  partial?: PartialFigures;
  status: StatusId;
  percent?: number;
  forecastStatus?: StatusId;
  forecastPercent?: number;
  /** The consolidated indicator as it was judged (summaries and reports read this). */
  indicator: Indicator;
  sources: SourceFigure[];
  findings: Finding[];
}

/** A sub-unit taken into the consolidation. */
export interface ConsolidatedUnit {
  unit: string;
  sheet?: string;
}

export interface StatusMatrixRow {
  key: string;
  code?: string;
  name: string;
  /** Aligned with the matrix's units; null where the unit has no such indicator. */
  statuses: Array<StatusId | null>;
  consolidated: StatusId;
}

/** Sub-unit × indicator statuses, for the coloured matrix sheet. */
export interface StatusMatrix {
  units: string[];
  rows: StatusMatrixRow[];
}

export interface Consolidation {
  units: ConsolidatedUnit[];
  indicators: ConsolidatedIndicator[];
  /** Every finding: the units' and parent's own, the roster's, and each indicator's. */
  findings: Finding[];
  summary: Summary;
  sentence: string;
  matrix: StatusMatrix;
}
