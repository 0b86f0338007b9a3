import type { Target, TargetKind } from "../model/target";

/** A number of a target text once read: its value and whether it carried a % sign. */
export interface TargetNumber {
  value: number;
  percentSign: boolean;
}

/** Makes a target from the numbers a rule matched, in the order they were typed. */
export type TargetBuilder = (numbers: readonly TargetNumber[]) => Target;

/** `percentSign: true` when any number carried a % sign ("13-14%"); absent otherwise. */
function percent(numbers: readonly TargetNumber[]): { percentSign?: true } {
  return numbers.some((number) => number.percentSign) ? { percentSign: true } : {};
}

function first(numbers: readonly TargetNumber[]): number {
  return numbers[0]?.value ?? 0;
}

/** at_least / at_most: `strict: true` only for "trên", "dưới", ">", "<"… */
export function boundTarget(kind: "at_least" | "at_most", strict: boolean): TargetBuilder {
  return (numbers) => ({
    kind,
    value: first(numbers),
    ...percent(numbers),
    ...(strict ? { strict: true } : {}),
  });
}

/** Both ends as typed: a reversed range is kept for the engine to flag. */
export const rangeTarget: TargetBuilder = (numbers) => ({
  kind: "range",
  value: first(numbers),
  max: numbers[1]?.value ?? first(numbers),
  ...percent(numbers),
});

/**
 * increase / decrease: relative (a percentage of the baseline) exactly when a % sign was
 * typed; `relative` is always present, `percentSign` only when true.
 */
export function changeTarget(kind: Extract<TargetKind, "increase" | "decrease">): TargetBuilder {
  return (numbers) => {
    const sign = percent(numbers);
    const max = numbers[1];
    return {
      kind,
      value: first(numbers),
      ...(max !== undefined ? { max: max.value } : {}),
      relative: sign.percentSign === true,
      ...sign,
    };
  };
}

export const maintainTarget: TargetBuilder = (numbers) => ({
  kind: "maintain",
  value: first(numbers),
  ...percent(numbers),
});

/**
 * "hoàn thành" alone is a milestone; "hoàn thành 3 đồ án" a milestone count of 3;
 * "hoàn thành 100%" a share to reach, so at_least 100%.
 */
export const milestoneTarget: TargetBuilder = (numbers) => {
  const count = numbers[0];
  if (count === undefined) return { kind: "milestone" };
  if (count.percentSign) return { kind: "at_least", value: count.value, percentSign: true };
  return { kind: "milestone", value: count.value };
};
