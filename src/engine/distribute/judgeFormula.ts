import { shortfallEdge, tolerance } from "../evaluate/compare";
import type { Goal } from "../evaluate/goal";
import { STATUS_LABELS, type Language, type StatusId } from "../model/status";
import { allOf, ifThen, numberLiteral, textLiteral } from "./formulaText";

/** The status words a formula writes: the engine's labels, as text literals. */
export function statusWord(status: StatusId, lang: Language): string {
  return textLiteral(STATUS_LABELS[lang][status]);
}

/**
 * compare.ts as formulas over a cell `x` that holds a number. The engine's slack is folded
 * into the constant, so that the formula compares the figure with the very level the engine
 * does (to 15 digits, far inside the slack of one part in a billion).
 */
function reaches(x: string, level: number, goal: Goal): string {
  const slack = tolerance(level);
  return goal.lowerIsBetter
    ? `${x}<=${numberLiteral(level + slack)}`
    : `${x}>=${numberLiteral(level - slack)}`;
}

function beyond(x: string, level: number, goal: Goal): string {
  const slack = tolerance(level);
  return goal.lowerIsBetter
    ? `${x}<${numberLiteral(level - slack)}`
    : `${x}>${numberLiteral(level + slack)}`;
}

function meets(x: string, goal: Goal): string {
  return goal.strict ? beyond(x, goal.meet, goal) : reaches(x, goal.meet, goal);
}

/** judgeAtYearEnd: Vượt, Đạt or Không đạt. */
export function yearEndFormula(x: string, goal: Goal, lang: Language): string {
  const met = ifThen(
    meets(x, goal),
    statusWord("achieved", lang),
    statusWord("not_achieved", lang),
  );
  if (goal.exceedBeyond === undefined) return met;
  const exceeded = allOf([meets(x, goal), beyond(x, goal.exceedBeyond, goal)]);
  return ifThen(exceeded, statusWord("exceeded", lang), met);
}

export interface MidYear {
  cumulative: boolean;
  /** Share of the year the period covers (PERIOD_FRACTION). */
  fraction: number;
  atRiskTolerance: number;
}

/** judgeMidYear: a flow held to its pace, a level to the target, a ceiling once passed lost. */
export function midYearFormula(x: string, goal: Goal, mid: MidYear, lang: Language): string {
  const pace = mid.cumulative ? goal.meet * mid.fraction : goal.meet;
  const onPace = mid.cumulative ? reaches(x, pace, goal) : meets(x, goal);
  const edge = shortfallEdge(pace, mid.atRiskTolerance, goal);
  let formula = ifThen(
    onPace,
    statusWord("on_track", lang),
    ifThen(reaches(x, edge, goal), statusWord("at_risk", lang), statusWord("lagging", lang)),
  );
  if (goal.ceiling) formula = ifThen(meets(x, goal), formula, statusWord("not_achieved", lang));
  if (mid.cumulative && !goal.lowerIsBetter) {
    formula = ifThen(meets(x, goal), yearEndFormula(x, goal, lang), formula);
  }
  return formula;
}

/** percentOfPlan for a typed figure, rounded to one decimal as the check writes it; "" when none. */
export function figurePercentFormula(x: string, goal: Goal): string {
  if (goal.lowerIsBetter && goal.changeFrom !== undefined) {
    const planned = goal.changeFrom - goal.meet;
    if (planned <= 0) return '""';
    return `ROUND((${numberLiteral(goal.changeFrom)}-${x})/${numberLiteral(planned)}*100,1)`;
  }
  if (goal.meet === 0) return '""';
  return `ROUND(${x}/${numberLiteral(goal.meet)}*100,1)`;
}
