/**
 * What a target asks for. `at_least` and `at_most` are one-sided bounds, `range` a band,
 * `increase`/`decrease` a change against the baseline, `maintain` keeping a level,
 * `milestone` a piece of work done (or a count of them).
 */
export const TARGET_KINDS = [
  "at_least",
  "at_most",
  "range",
  "increase",
  "decrease",
  "maintain",
  "milestone",
] as const;

export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Target {
  kind: TargetKind;
  /** Lower bound, the bound, or the size of the change; absent for a plain "hoàn thành". */
  value?: number;
  /** Upper bound of a range ("13-14", "giảm 3-5%"). */
  max?: number;
  /** For increase/decrease: the change is a percentage of the baseline ("giảm 3-5%"). */
  relative?: boolean;
  /** "trên 70%", "dưới 3": the bound itself does not meet the target. */
  strict?: boolean;
  /** The text carried a % sign. */
  percentSign?: boolean;
}

/** Lower is better for these kinds: every comparison is inverted. */
export function isLowerBetter(kind: TargetKind): boolean {
  return kind === "at_most" || kind === "decrease";
}

/** These kinds need last year's actual to be judged. */
export function needsBaseline(target: Target): boolean {
  return target.kind === "increase" || target.kind === "decrease";
}

export function isTargetKind(value: string): value is TargetKind {
  return (TARGET_KINDS as readonly string[]).includes(value);
}
