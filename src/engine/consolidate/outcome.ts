import type { EvaluationOptions } from "../evaluate/options";
import type { Finding } from "../findings/finding";
import type { RuleId } from "../findings/rules";
import type { StatusId } from "../model/status";
import type { Figures } from "./buildIndicator";
import type {
  ConsolidatedUnit,
  PartialFigures,
  RuleSource,
  SourceFigure,
  UnitIndicator,
} from "./types";

/** What consolidating one indicator needs beyond its match. */
export interface IndicatorContext {
  units: readonly ConsolidatedUnit[];
  /** The rows of the indicator with this code, aligned with the units (weights). */
  weightsOf: (code: string) => ReadonlyArray<UnitIndicator | undefined> | undefined;
  evaluation: EvaluationOptions;
  tolerance: number;
  /**
   * Sub-units the parent expects that sent nothing: the parts present cannot add up to an
   * allocated total (that each present part is its share is checked against the allocation),
   * and a figure rolled up without them is partial: shown, never judged.
   */
  absentUnits?: readonly string[];
}

/** The figures of a consolidated indicator before it is judged. */
export interface Outcome {
  figures: Figures;
  ruleFrom?: RuleSource;
  targetFrom?: "parent" | "sub_units";
  findings: Finding[];
  sources: SourceFigure[];
  /** Figures of the sub-units present, shown but not judged (the judged figures lack them). */
  partial?: PartialFigures;
  /** The status the figures force (a part that cannot be used), over the evaluation's. */
  forced?: StatusId;
  /**
   * What the evaluation would say is missing (no actual, no target) because sub-units' parts
   * are: the consolidation's own findings say which, so the evaluation's are dropped.
   */
  dropped: RuleId[];
}
