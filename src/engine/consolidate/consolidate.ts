import { evaluationOptions } from "../evaluate/options";
import type { Finding } from "../findings/finding";
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
import { isMissingTargetOf, isUntargetedBase, weightBaseKeys } from "./weightBases";

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
    absentUnits: roster.absent,
  };
  const allocated = checkAllocatedTargets(
    input.allocations ?? [],
    matches,
    units,
    context.tolerance,
  );
  const bases = weightBaseKeys(matches);
  const indicators = matches.map((match) => {
    const out = consolidateIndicator(match, context);
    const extra = allocated.get(match.key);
    const all = extra ? { ...out, findings: [...out.findings, ...extra] } : out;
    if (!isUntargetedBase(all, bases)) return all;
    return {
      ...all,
      basis: true,
      findings: all.findings.filter((f) => f.rule !== "missing_target"),
    };
  });
  // A weight base's rows without a target (each unit's, the parent's): no error either.
  const baseRows = matches
    .filter((_, i) => indicators[i].basis === true)
    .flatMap((m) => [m.parent, ...m.entries]);
  const notBaseTarget = (f: Finding) => !baseRows.some((row) => isMissingTargetOf(f, row));
  const findings = [
    ...roster.findings,
    ...(parent?.findings ?? []).filter(notBaseTarget),
    // A sub-unit's own findings name its sheet, so the pane can take the user there.
    ...accepted.flatMap((u) =>
      u.findings
        .map((f) => (f.sheet !== undefined || u.sheet === undefined ? f : { ...f, sheet: u.sheet }))
        .filter(notBaseTarget),
    ),
    ...indicators.flatMap((i) => i.findings),
    ...(allocated.get("") ?? []),
  ];
  // Weight bases without a target are carried, not judged: no count or sentence holds them.
  const judged = indicators.filter((i) => i.basis !== true);
  const summary = summarize(judged, evaluation.period);
  return {
    units,
    indicators,
    findings,
    summary,
    sentence: reportSentence(summary, judged, options.lang ?? "vi"),
    matrix: statusMatrix(
      units.map((u) => u.unit),
      matches,
      indicators,
      evaluation,
    ),
  };
}
