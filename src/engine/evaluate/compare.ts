import type { Goal } from "./goal";

/** Relative slack so that 0.1 + 0.2 meets a target of 0.3. */
const EPSILON = 1e-9;

export function tolerance(level: number): number {
  return EPSILON * Math.max(1, Math.abs(level));
}

/** "Better or equal" in the goal's direction. */
export function reaches(actual: number, level: number, goal: Goal): boolean {
  const slack = tolerance(level);
  return goal.lowerIsBetter ? actual <= level + slack : actual >= level - slack;
}

/** Strictly better in the goal's direction. */
export function beyond(actual: number, level: number, goal: Goal): boolean {
  const slack = tolerance(level);
  return goal.lowerIsBetter ? actual < level - slack : actual > level + slack;
}

export function meets(actual: number, goal: Goal): boolean {
  return goal.strict ? beyond(actual, goal.meet, goal) : reaches(actual, goal.meet, goal);
}

export function exceeds(actual: number, goal: Goal): boolean {
  return (
    goal.exceedBeyond !== undefined &&
    meets(actual, goal) &&
    beyond(actual, goal.exceedBeyond, goal)
  );
}

/**
 * Within `fraction` (e.g. 0.1) short of `level`: the at-risk band, its edge included. For
 * lower-is-better goals the band lies above the level. The edge has the same slack as the
 * level itself, so that 22.530,6 is 10% short of 25.034 although 25.034 × 0,9 is
 * 22.530,600000000002 in binary (and a sheet's formula, which keeps 15 digits, agrees).
 */
export function withinShortfall(
  actual: number,
  level: number,
  fraction: number,
  goal: Goal,
): boolean {
  const edge = shortfallEdge(level, fraction, goal);
  return reaches(actual, edge, goal);
}

/** The far edge of the at-risk band: `fraction` of the level short of it. */
export function shortfallEdge(level: number, fraction: number, goal: Goal): number {
  const band = Math.abs(level) * fraction;
  return goal.lowerIsBetter ? level + band : level - band;
}
