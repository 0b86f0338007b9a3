import { PERIOD_FRACTION, isYearEnd, type PeriodId } from "../model/period";
import type { Language } from "../model/status";
import { ALL_STATE_WORDS, STATE_WORDS } from "./entryWords";
import { anyOf, allOf, ifThen, isFilledCell, isOneOf, numberLiteral } from "./formulaText";
import { midYearFormula, statusWord, yearEndFormula } from "./judgeFormula";
import type { FigureBounds, JudgeProfile, RowProfile } from "./rowProfile";

/** The cells one row's formulas read and write (A1, relative). */
export interface RowCells {
  actual: string;
  forecast: string;
}

export interface FormulaOptions {
  period: PeriodId;
  atRiskTolerance: number;
  lang: Language;
  /**
   * An absolute reference to the cell that counts the table's reporting entries
   * (reportedFormula): 0 means the unit has not reported, and every row says so.
   */
  reported: string;
}

/** A figure outside what the row allows (a rate outside 0–100, a negative count). */
function outOfBounds(x: string, bounds: FigureBounds): string[] {
  const outside = [
    ...(bounds.min === undefined ? [] : [`N(${x})<${numberLiteral(bounds.min)}`]),
    ...(bounds.max === undefined ? [] : [`N(${x})>${numberLiteral(bounds.max)}`]),
  ];
  return outside.length === 0 ? [] : [allOf([`ISNUMBER(${x})`, anyOf(outside)])];
}

/**
 * An entry the engine cannot use, which makes the row "Số liệu lỗi": an error value, TRUE or
 * FALSE, text that is no milestone state, a figure out of bounds. Never errs itself.
 */
export function badEntry(x: string, bounds: FigureBounds): string {
  const text = allOf([`ISTEXT(${x})`, isFilledCell(x), `NOT(${isOneOf(x, ALL_STATE_WORDS)})`]);
  return ifThen(
    `ISERROR(${x})`,
    "TRUE",
    anyOf([`ISLOGICAL(${x})`, text, ...outOfBounds(x, bounds)]),
  );
}

/** A unit slip (rowSlipFindings): a positive figure 100× its anchor, or 1/100 of it. */
function slip(x: string, anchor: number | undefined): string | undefined {
  if (anchor === undefined) return undefined;
  const a = numberLiteral(anchor);
  return ifThen(
    allOf([`ISNUMBER(${x})`, `N(${x})>0`]),
    anyOf([`N(${x})/${a}>=100`, `${a}/N(${x})>=100`]),
    "FALSE",
  );
}

/** judgeMilestone over a state the cell is known to hold. */
function stateFormula(x: string, yearEnd: boolean, lang: Language): string {
  const done = statusWord("achieved", lang);
  if (yearEnd) return ifThen(isOneOf(x, STATE_WORDS.done), done, statusWord("not_achieved", lang));
  return ifThen(
    isOneOf(x, STATE_WORDS.done),
    done,
    ifThen(
      isOneOf(x, STATE_WORDS.in_progress),
      statusWord("on_track", lang),
      statusWord("lagging", lang),
    ),
  );
}

/** evaluateIndicator's judge(): a state by its milestone rule, a figure against the goal. */
function judged(
  x: string,
  yearEnd: boolean,
  profile: JudgeProfile,
  row: RowProfile,
  o: FormulaOptions,
) {
  if (profile.fixed) return statusWord(profile.fixed, o.lang);
  const state = stateFormula(x, yearEnd, o.lang);
  const goal = profile.goal;
  if (!goal) return state;
  const figure = yearEnd
    ? yearEndFormula(x, goal, o.lang)
    : midYearFormula(
        x,
        goal,
        {
          cumulative: row.indicator.cumulative,
          fraction: PERIOD_FRACTION[o.period],
          atRiskTolerance: o.atRiskTolerance,
        },
        o.lang,
      );
  return ifThen(`ISNUMBER(${x})`, figure, state);
}

/** The row once its entries are readable: judged on the actual, else (year end) the estimate. */
function profileFormula(
  profile: JudgeProfile,
  row: RowProfile,
  cells: RowCells,
  o: FormulaOptions,
) {
  const invalid = statusWord("invalid", o.lang);
  if (profile.invalid) return invalid;
  const missing = statusWord("missing", o.lang);
  const guard = (x: string, then: string) => {
    const slipped = slip(x, profile.slipAnchor);
    return slipped ? ifThen(slipped, invalid, then) : then;
  };
  const { actual, forecast } = cells;
  const yearEnd = isYearEnd(o.period);
  const onForecast =
    yearEnd && !profile.fixed
      ? ifThen(isFilledCell(forecast), judged(forecast, true, profile, row, o), missing)
      : profile.fixed
        ? statusWord(profile.fixed, o.lang)
        : missing;
  return ifThen(
    isFilledCell(actual),
    guard(actual, judged(actual, yearEnd, profile, row, o)),
    guard(forecast, onForecast),
  );
}

/**
 * "Đánh giá" as a formula: the status checkPlan gives the row for the figures typed, in the
 * engine's words. Its order is checkPlan's: a unit that reported nothing; an entry that cannot
 * be read; the plan's own faults; a unit slip in the figure judged; then the judgement.
 */
export function statusFormula(row: RowProfile, cells: RowCells, o: FormulaOptions): string {
  const { actual, forecast } = cells;
  const plain = profileFormula(row.profile, row, cells, o);
  const entries = row.asFigure
    ? ifThen(
        anyOf([`ISNUMBER(${actual})`, `ISNUMBER(${forecast})`]),
        profileFormula(row.asFigure, row, cells, o),
        plain,
      )
    : plain;
  return `=${ifThen(
    `${o.reported}=0`,
    statusWord("not_reported", o.lang),
    ifThen(
      anyOf([badEntry(actual, row.bounds), badEntry(forecast, row.bounds)]),
      statusWord("invalid", o.lang),
      entries,
    ),
  )}`;
}
