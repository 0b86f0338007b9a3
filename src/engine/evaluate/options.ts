import type { PeriodId } from "../model/period";

export interface EvaluationOptions {
  period: PeriodId;
  /** At-risk band below pace, as a fraction (0.1 = 10%). */
  atRiskTolerance: number;
}

export const DEFAULT_AT_RISK_TOLERANCE = 0.1;

export function evaluationOptions(partial: Partial<EvaluationOptions> = {}): EvaluationOptions {
  return {
    period: partial.period ?? "year",
    atRiskTolerance: partial.atRiskTolerance ?? DEFAULT_AT_RISK_TOLERANCE,
  };
}
