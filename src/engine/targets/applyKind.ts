import type { Target, TargetKind } from "../model/target";

/** A bare number reads as at_least, not strict: "12", "12%". */
function isPlainNumber(target: Target): target is Target & { value: number } {
  return target.kind === "at_least" && target.strict !== true && target.value !== undefined;
}

function isPlainRange(target: Target): target is Target & { value: number; max: number } {
  return target.kind === "range" && target.value !== undefined && target.max !== undefined;
}

function percentOf(target: Target): { percentSign?: true } {
  return target.percentSign === true ? { percentSign: true } : {};
}

function change(kind: "increase" | "decrease", target: Target & { value: number }): Target {
  const max = target.max;
  return {
    kind,
    value: target.value,
    ...(max !== undefined ? { max } : {}),
    relative: target.percentSign === true,
    ...percentOf(target),
  };
}

function fromPlainNumber(target: Target & { value: number }, kind: TargetKind): Target {
  const { value } = target;
  switch (kind) {
    case "at_least":
      return target;
    case "at_most":
    case "maintain":
    case "range":
      // A range keeps only its lower end here; the caller fills `max` from "Kế hoạch tối đa".
      return { kind, value, ...percentOf(target) };
    case "increase":
    case "decrease":
      return change(kind, target);
    case "milestone":
      // "hoàn thành" over "100%" stays at_least 100%, as parseTargetText reads "hoàn thành 100%".
      return target.percentSign === true ? target : { kind: "milestone", value };
  }
}

/**
 * Reinterprets a target under an explicit "Loại chỉ tiêu" (kind) column. Only what a bare
 * number or a bare range reads as is reinterpreted, because the text alone could not say more:
 * - a plain number (at_least, not strict): 3 under "giảm" → decrease absolute 3; 5% under
 *   "tăng" → increase relative 5; 12 under "≤" → at_most 12; 3 under "hoàn thành" → milestone
 *   count 3 (but 100% stays at_least 100%); under "khoảng" → range with `value` only (the caller
 *   sets `max` from "Kế hoạch tối đa"); under "duy trì" → maintain.
 * - a plain range: "3-5%" under "giảm" → decrease relative 3..5; under "tăng" → increase.
 * Every other target — the same kind already, or one whose text names its own kind ("trên 70",
 * "giảm 3%", "hoàn thành") — is returned unchanged; a kind column that contradicts the text is
 * for the caller to flag.
 */
export function applyKind(target: Target, kind: TargetKind): Target {
  if (target.kind === kind) return target;
  if (isPlainNumber(target)) return fromPlainNumber(target, kind);
  if (isPlainRange(target) && (kind === "increase" || kind === "decrease")) {
    return change(kind, target);
  }
  return target;
}
