import { evaluateIndicator } from "../evaluate/evaluateIndicator";
import type { EvaluationOptions } from "../evaluate/options";
import type { StatusId } from "../model/status";
import type { MatchedIndicator } from "./matchIndicators";
import type { ConsolidatedIndicator, StatusMatrix, UnitIndicator } from "./types";

function statusOf(entry: UnitIndicator, evaluation: EvaluationOptions): StatusId {
  return entry.status ?? evaluateIndicator(entry, evaluation).status;
}

/**
 * Sub-unit × indicator statuses beside the consolidated one: each sub-unit's status from its
 * own check (or judged here against its own target), null where it has no such indicator.
 */
export function statusMatrix(
  units: readonly string[],
  matches: readonly MatchedIndicator[],
  consolidated: readonly ConsolidatedIndicator[],
  evaluation: EvaluationOptions,
): StatusMatrix {
  const rows = matches.map((match, i) => {
    const result = consolidated[i];
    return {
      key: match.key,
      ...(result.code === undefined ? {} : { code: result.code }),
      name: result.name,
      statuses: match.entries.map((entry) => (entry ? statusOf(entry, evaluation) : null)),
      consolidated: result.status,
    };
  });
  return { units: [...units], rows };
}
