import { STATUS_LABELS, type Language, type StatusId } from "../model/status";
import { allOf, ifThen, numberLiteral, textLiteral } from "./formulaText";
import {
  beyondText,
  edgeOf,
  levelText,
  reachesText,
  times,
  type FormulaGoal,
  type Level,
} from "./formulaGoal";

/** The status words a formula writes: the engine's labels, as text literals. */
export function statusWord(status: StatusId, lang: Language): string {
  return textLiteral(STATUS_LABELS[lang][status]);
}

/**
 * compare.ts as formulas over a cell `x` that holds a number. A level known when compiling has
 * the engine's slack folded into the constant, so that the formula compares the figure with the
 * very level the engine does (to 15 digits, far inside the slack of one part in a billion).
 */
function reaches(x: string, level: Level, goal: FormulaGoal): string {
  return reachesText(x, level, goal.lowerIsBetter);
}

function meets(x: string, goal: FormulaGoal): string {
  return goal.strict ? beyondText(x, goal.meet, goal.lowerIsBetter) : reaches(x, goal.meet, goal);
}

/** judgeAtYearEnd: Vượt, Đạt or Không đạt. */
export function yearEndFormula(x: string, goal: FormulaGoal, lang: Language): string {
  const met = ifThen(
    meets(x, goal),
    statusWord("achieved", lang),
    statusWord("not_achieved", lang),
  );
  if (goal.exceedBeyond === undefined) return met;
  const exceeded = allOf([meets(x, goal), beyondText(x, goal.exceedBeyond, goal.lowerIsBetter)]);
  return ifThen(exceeded, statusWord("exceeded", lang), met);
}

export interface MidYear {
  cumulative: boolean;
  /** Share of the year the period covers (PERIOD_FRACTION). */
  fraction: number;
  atRiskTolerance: number;
}

/** judgeMidYear: a flow held to its pace, a level to the target, a ceiling once passed lost. */
export function midYearFormula(x: string, goal: FormulaGoal, mid: MidYear, lang: Language): string {
  const pace = mid.cumulative ? times(goal.meet, mid.fraction) : goal.meet;
  const onPace = mid.cumulative ? reaches(x, pace, goal) : meets(x, goal);
  const edge = edgeOf(pace, mid.atRiskTolerance, goal.lowerIsBetter);
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
export function figurePercentFormula(x: string, goal: FormulaGoal): string {
  const { meet, changeFrom } = goal;
  if (goal.lowerIsBetter && changeFrom !== undefined) {
    if (typeof meet === "number" && typeof changeFrom === "number") {
      const planned = changeFrom - meet;
      if (planned <= 0) return '""';
      return `ROUND((${numberLiteral(changeFrom)}-${x})/${numberLiteral(planned)}*100,1)`;
    }
    const planned = `(${levelText(changeFrom)}-${levelText(meet)})`;
    return ifThen(`${planned}<=0`, '""', `ROUND((${levelText(changeFrom)}-${x})/${planned}*100,1)`);
  }
  if (typeof meet === "number") {
    return meet === 0 ? '""' : `ROUND(${x}/${numberLiteral(meet)}*100,1)`;
  }
  return ifThen(`${levelText(meet)}=0`, '""', `ROUND(${x}/${levelText(meet)}*100,1)`);
}
