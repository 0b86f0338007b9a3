import { shortfallEdge, tolerance } from "../evaluate/compare";
import type { Goal } from "../evaluate/goal";
import type { Target } from "../model/target";
import { numberLiteral } from "./formulaText";

/** A level a figure is judged at: a number known when compiling, or a formula of a typed cell. */
export type Level = number | { expr: string };

/** goal.ts's Goal with levels that may depend on a typed cell (last year's figure). */
export interface FormulaGoal {
  lowerIsBetter: boolean;
  meet: Level;
  strict: boolean;
  exceedBeyond?: Level;
  ceiling?: true;
  changeFrom?: Level;
}

export function fromGoal(goal: Goal): FormulaGoal {
  return {
    lowerIsBetter: goal.lowerIsBetter,
    meet: goal.meet,
    strict: goal.strict,
    ...(goal.exceedBeyond === undefined ? {} : { exceedBeyond: goal.exceedBeyond }),
    ...(goal.ceiling ? { ceiling: true as const } : {}),
    ...(goal.changeFrom === undefined ? {} : { changeFrom: goal.changeFrom }),
  };
}

export function levelText(level: Level): string {
  return typeof level === "number" ? numberLiteral(level) : `(${level.expr})`;
}

/** The engine's slack for a level (compare.ts), as a formula when the level is one. */
function slackText(level: { expr: string }): string {
  return `${numberLiteral(tolerance(1))}*MAX(1,ABS(${levelText(level)}))`;
}

/** `x` reaches the level, slack included ("better or equal" in the goal's direction). */
export function reachesText(x: string, level: Level, lowerIsBetter: boolean): string {
  if (typeof level === "number") {
    const slack = tolerance(level);
    return lowerIsBetter
      ? `${x}<=${numberLiteral(level + slack)}`
      : `${x}>=${numberLiteral(level - slack)}`;
  }
  return lowerIsBetter
    ? `${x}<=${levelText(level)}+${slackText(level)}`
    : `${x}>=${levelText(level)}-${slackText(level)}`;
}

/** `x` is strictly beyond the level, slack included. */
export function beyondText(x: string, level: Level, lowerIsBetter: boolean): string {
  if (typeof level === "number") {
    const slack = tolerance(level);
    return lowerIsBetter
      ? `${x}<${numberLiteral(level - slack)}`
      : `${x}>${numberLiteral(level + slack)}`;
  }
  return lowerIsBetter
    ? `${x}<${levelText(level)}-${slackText(level)}`
    : `${x}>${levelText(level)}+${slackText(level)}`;
}

/** The level × a share of the year (the pace of a flow). */
export function times(level: Level, factor: number): Level {
  if (typeof level === "number") return level * factor;
  return { expr: `${levelText(level)}*${numberLiteral(factor)}` };
}

/** compare.ts's shortfallEdge: `fraction` of the level short of it. */
export function edgeOf(level: Level, fraction: number, lowerIsBetter: boolean): Level {
  if (typeof level === "number") {
    return shortfallEdge(level, fraction, { lowerIsBetter, meet: level, strict: false });
  }
  const band = `ABS(${levelText(level)})*${numberLiteral(fraction)}`;
  return { expr: `${levelText(level)}${lowerIsBetter ? "+" : "-"}${band}` };
}

/**
 * resolveGoal for a change against last year's figure typed in `baseline` (a cell): the levels
 * are formulas of that cell, computed as goal.ts computes them.
 */
export function typedBaselineGoal(target: Target, baseline: string): FormulaGoal | undefined {
  if (target.value === undefined || (target.kind !== "increase" && target.kind !== "decrease")) {
    return undefined;
  }
  const sign = target.kind === "increase" ? 1 : -1;
  const upper = target.max ?? target.value;
  const changed = (change: number): Level => ({
    expr: target.relative
      ? `${baseline}*(1+${numberLiteral(sign * change)}/100)`
      : `${baseline}+${numberLiteral(sign * change)}`,
  });
  return {
    lowerIsBetter: target.kind === "decrease",
    meet: changed(target.value),
    strict: target.strict === true,
    exceedBeyond: changed(upper),
    changeFrom: { expr: baseline },
  };
}
