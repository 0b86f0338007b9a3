import { evaluationOptions } from "../evaluate/options";
import { reportSentence } from "../report/reportSentence";
import { summarize } from "../report/summarize";
import { checkAllocatedTargets } from "./checkAllocatedTargets";
import { consolidateIndicator } from "./consolidateIndicator";
import { codeKey, keyIndicators } from "./keyIndicators";
import { matchIndicators } from "./matchIndicators";
import { statusMatrix } from "./statusMatrix";
import type {
  ConsolidateOptions,
  ConsolidatedUnit,
  Consolidation,
  ConsolidationInput,
} from "./types";
import { unitRoster } from "./unitRoster";

/**
 * Rolls the sub-units' plans up into the parent's: matches indicators by code (or label and
 * unit where a sheet has no codes), rolls each up by its own rule, checks the allocation of
 * the parent's targets, judges the result against the parent's targets, and says what is
 * missing, doubled, foreign or inconsistent — each with its sheet and cell where one exists.
 */
export function consolidate(
  input: ConsolidationInput,
  options: ConsolidateOptions = {},
): Consolidation {
  const evaluation = evaluationOptions(options);
  const { parent } = input;
  const [parentKeyed, ...unitKeyed] = keyIndicators([
    parent?.indicators ?? [],
    ...input.units.map((u) => u.indicators),
  ]);
  const roster = unitRoster(
    input.units,
    unitKeyed,
    parent ? parentKeyed : undefined,
    input.expectedUnits,
  );
  const accepted = roster.accepted.map((i) => input.units[i]);
  const units: ConsolidatedUnit[] = accepted.map(({ unit, sheet }) =>
    sheet === undefined ? { unit } : { unit, sheet },
  );
  const matches = matchIndicators(
    roster.accepted.map((i) => unitKeyed[i]),
    parentKeyed,
  );
  const byKey = new Map(matches.map((m) => [m.key, m]));
  const context = {
    units,
    weightsOf: (code: string) => byKey.get(codeKey(code))?.entries,
    evaluation,
    tolerance: options.tolerance ?? 0,
  };
  const allocated = checkAllocatedTargets(
    input.allocations ?? [],
    matches,
    units,
    context.tolerance,
  );
  const indicators = matches.map((match) => {
    const out = consolidateIndicator(match, context);
    const extra = allocated.get(match.key);
    return extra ? { ...out, findings: [...out.findings, ...extra] } : out;
  });
  const findings = [
    ...roster.findings,
    ...(parent?.findings ?? []),
    // A sub-unit's own findings name its sheet, so the pane can take the user there.
    ...accepted.flatMap((u) =>
      u.findings.map((f) =>
        f.sheet !== undefined || u.sheet === undefined ? f : { ...f, sheet: u.sheet },
      ),
    ),
    ...indicators.flatMap((i) => i.findings),
    ...(allocated.get("") ?? []),
  ];
  const summary = summarize(indicators, evaluation.period);
  return {
    units,
    indicators,
    findings,
    summary,
    sentence: reportSentence(summary, indicators, options.lang ?? "vi"),
    matrix: statusMatrix(
      units.map((u) => u.unit),
      matches,
      indicators,
      evaluation,
    ),
  };
}
