import { PERIOD_FRACTION, isYearEnd, type PeriodId } from "../model/period";
import type { Language } from "../model/status";
import { needsBaseline } from "../model/target";
import { allStateWords, STATE_WORDS } from "./entryWords";
import { fromGoal, typedBaselineGoal, type FormulaGoal } from "./formulaGoal";
import { anyOf, allOf, ifThen, isFilledCell, isOneOf, numberLiteral } from "./formulaText";
import { midYearFormula, statusWord, yearEndFormula } from "./judgeFormula";
import type { FigureBounds, RowProfile } from "./rowProfile";

/** The cells one row's formulas read (A1, relative). */
export interface RowCells {
  actual: string;
  forecast: string;
  /**
   * Last year's figure when the sub-unit types it (the plan had none for it): a change against
   * last year ("tăng 6-8%") is then judged against what is typed there.
   */
  baseline?: string;
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

/** How one row is judged, as formulas see it. */
interface FormulaProfile {
  invalid?: true;
  fixed?: RowProfile["profile"]["fixed"];
  goal?: FormulaGoal;
  /** A number, or the typed baseline cell (an anchor only when above 0). */
  slipAnchor?: number | { cell: string };
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
 * FALSE, text that is no milestone state (any text, for last year's figure), a figure out of
 * bounds. Never errs itself.
 */
export function badEntry(x: string, bounds: FigureBounds, states?: Language): string {
  const text = allOf([
    `ISTEXT(${x})`,
    isFilledCell(x),
    ...(states ? [`NOT(${isOneOf(x, allStateWords(states))})`] : []),
  ]);
  return ifThen(
    `ISERROR(${x})`,
    "TRUE",
    anyOf([`ISLOGICAL(${x})`, text, ...outOfBounds(x, bounds)]),
  );
}

/** A unit slip (rowSlipFindings): a positive figure 100× its anchor, or 1/100 of it. */
function slip(x: string, anchor: FormulaProfile["slipAnchor"]): string | undefined {
  if (anchor === undefined) return undefined;
  const a = typeof anchor === "number" ? numberLiteral(anchor) : `N(${anchor.cell})`;
  const positive = [
    `ISNUMBER(${x})`,
    `N(${x})>0`,
    ...(typeof anchor === "number" ? [] : [`${a}>0`]),
  ];
  return ifThen(allOf(positive), anyOf([`N(${x})/${a}>=100`, `${a}/N(${x})>=100`]), "FALSE");
}

/** judgeMilestone over a state the cell is known to hold. */
function stateFormula(x: string, yearEnd: boolean, lang: Language): string {
  const done = statusWord("achieved", lang);
  const words = STATE_WORDS[lang];
  if (yearEnd) {
    return ifThen(isOneOf(x, words.done), done, statusWord("not_achieved", lang));
  }
  return ifThen(
    isOneOf(x, words.done),
    done,
    ifThen(
      isOneOf(x, words.in_progress),
      statusWord("on_track", lang),
      statusWord("lagging", lang),
    ),
  );
}

/** evaluateIndicator's judge(): a state by its milestone rule, a figure against the goal. */
function judged(
  x: string,
  yearEnd: boolean,
  profile: FormulaProfile,
  row: RowProfile,
  o: FormulaOptions,
): string {
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
  profile: FormulaProfile,
  row: RowProfile,
  cells: RowCells,
  o: FormulaOptions,
): string {
  const invalid = statusWord("invalid", o.lang);
  if (profile.invalid) return invalid;
  const missing = statusWord("missing", o.lang);
  const guard = (x: string, then: string) => {
    const slipped = slip(x, profile.slipAnchor);
    return slipped ? ifThen(slipped, invalid, then) : then;
  };
  const { actual, forecast } = cells;
  const yearEnd = isYearEnd(o.period);
  let onForecast = profile.fixed ? statusWord(profile.fixed, o.lang) : missing;
  if (yearEnd && !profile.fixed) {
    onForecast = ifThen(isFilledCell(forecast), judged(forecast, true, profile, row, o), missing);
  }
  return ifThen(
    isFilledCell(actual),
    guard(actual, judged(actual, yearEnd, profile, row, o)),
    guard(forecast, onForecast),
  );
}

function formulaProfile(profile: RowProfile["profile"]): FormulaProfile {
  return {
    ...(profile.invalid ? { invalid: true as const } : {}),
    ...(profile.fixed ? { fixed: profile.fixed } : {}),
    ...(profile.goal ? { goal: fromGoal(profile.goal) } : {}),
    ...(profile.slipAnchor === undefined ? {} : { slipAnchor: profile.slipAnchor }),
  };
}

/**
 * The row judged against last year's figure typed in `baseline`: missing while it is blank
 * (needs_baseline), else the change planned from it; that figure is the slip anchor.
 */
function typedBaselineFormula(
  row: RowProfile,
  baseline: string,
  cells: RowCells,
  o: FormulaOptions,
): string | undefined {
  const target = row.indicator.target;
  const waiting = row.profile.fixed === "missing" && !row.profile.invalid;
  if (!target || !needsBaseline(target) || !waiting) return undefined;
  const goal = typedBaselineGoal(target, baseline);
  if (!goal) return undefined;
  const typed: FormulaProfile = { goal, slipAnchor: { cell: baseline } };
  return ifThen(
    isFilledCell(baseline),
    profileFormula(typed, row, cells, o),
    profileFormula({ fixed: "missing" }, row, cells, o),
  );
}

/**
 * "Đánh giá" as a formula: the status checkPlan gives the row for the figures typed, in the
 * engine's words. Its order is checkPlan's: a unit that reported nothing; an entry that cannot
 * be read; the plan's own faults; a unit slip in the figure judged; then the judgement.
 */
export function statusFormula(row: RowProfile, cells: RowCells, o: FormulaOptions): string {
  const { actual, forecast, baseline } = cells;
  const typed = baseline === undefined ? undefined : typedBaselineFormula(row, baseline, cells, o);
  const plain = typed ?? profileFormula(formulaProfile(row.profile), row, cells, o);
  const entries = row.asFigure
    ? ifThen(
        anyOf([`ISNUMBER(${actual})`, `ISNUMBER(${forecast})`]),
        profileFormula(formulaProfile(row.asFigure), row, cells, o),
        plain,
      )
    : plain;
  const bad = [badEntry(actual, row.bounds, o.lang), badEntry(forecast, row.bounds, o.lang)];
  if (baseline !== undefined) bad.push(badEntry(baseline, row.bounds));
  return `=${ifThen(
    `${o.reported}=0`,
    statusWord("not_reported", o.lang),
    ifThen(anyOf(bad), statusWord("invalid", o.lang), entries),
  )}`;
}

/** The goal a typed figure is held to for % KH (the typed baseline's, where there is one). */
export function percentGoal(row: RowProfile, cells: RowCells): FormulaGoal | undefined {
  const target = row.indicator.target;
  if (cells.baseline !== undefined && target && row.profile.fixed === "missing") {
    const typed = typedBaselineGoal(target, cells.baseline);
    if (typed) return typed;
  }
  const goal = row.asFigure?.goal ?? row.profile.goal;
  return goal ? fromGoal(goal) : undefined;
}
