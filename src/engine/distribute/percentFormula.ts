import type { Language, StatusId } from "../model/status";
import { anyOf, ifThen, isFilledCell } from "./formulaText";
import { figurePercentFormula, statusWord } from "./judgeFormula";
import type { RowProfile } from "./rowProfile";
import { percentGoal, type RowCells } from "./statusFormula";

/** Statuses with no "% KH": nothing was judged. */
const NO_PERCENT: readonly StatusId[] = ["invalid", "missing", "not_reported", "no_target"];

/**
 * "% KH" as a formula beside the status formula in `status`: percentOfPlan of the figure judged
 * (the actual, else the estimate), rounded to one decimal as the check writes it; blank where the
 * row was not judged, 100 for a milestone done.
 */
export function percentFormula(
  row: RowProfile,
  cells: RowCells,
  status: string,
  lang: Language,
): string {
  const goal = percentGoal(row, cells);
  const of = (x: string) =>
    ifThen(
      `ISNUMBER(${x})`,
      goal ? figurePercentFormula(x, goal) : '""',
      // A state judged "Đạt" is a milestone done: 100%.
      ifThen(`${status}=${statusWord("achieved", lang)}`, "100", '""'),
    );
  const unjudged = anyOf(NO_PERCENT.map((s) => `${status}=${statusWord(s, lang)}`));
  return `=${ifThen(unjudged, '""', ifThen(isFilledCell(cells.actual), of(cells.actual), of(cells.forecast)))}`;
}
