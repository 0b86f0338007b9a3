import { DEFAULT_AT_RISK_TOLERANCE } from "../evaluate/options";
import type { PeriodId } from "../model/period";
import type { Language, StatusId } from "../model/status";
import { needsBaseline } from "../model/target";
import type { RawIndicatorRow } from "../read/rawRow";
import { entryKind, type EntryKind } from "./entryKind";
import { percentFormula } from "./percentFormula";
import { rowProfiles, type RowProfile } from "./rowProfile";
import { statusFormula, type RowCells } from "./statusFormula";

/** Where one row's formulas go and what they read. */
export interface FormulaRow extends RowCells {
  /** The row's "Đánh giá" cell, which its "% KH" formula reads. */
  status: string;
}

export interface CompileOptions {
  period: PeriodId;
  atRiskTolerance?: number;
  lang: Language;
  /** Absolute reference to the cell holding reportedFormula over the table's entry cells. */
  reported: string;
}

export interface CompiledRow {
  /** "=IF(…)": the row's status in the engine's words. */
  status: string;
  /** "=IF(…)": its "% KH", rounded to one decimal, "" when not judged. */
  percent: string;
  entry: EntryKind;
  /** The status the row has whatever is typed in it (no plan, a faulty target), if any. */
  fixed?: StatusId;
  /**
   * The row's baseline cell (FormulaRow.baseline) is read: a change against last year that the
   * plan gives no figure for. Elsewhere the baseline cell offered is ignored.
   */
  typedBaseline?: true;
  profile: RowProfile;
}

/**
 * Compiles a plan table's rows (static cells only: the plan, nothing typed yet) into the
 * formulas that judge each row as checkPlan would once its actual and estimate are typed:
 * plain IF/AND/OR/ISNUMBER… with the plan's numbers filled in.
 */
export function compileTable(
  rows: readonly RawIndicatorRow[],
  cells: readonly FormulaRow[],
  options: CompileOptions,
): CompiledRow[] {
  if (cells.length !== rows.length) throw new RangeError("One formula row per table row");
  const o = {
    period: options.period,
    atRiskTolerance: options.atRiskTolerance ?? DEFAULT_AT_RISK_TOLERANCE,
    lang: options.lang,
    reported: options.reported,
  };
  return rowProfiles(rows).map((profile, i) => {
    const target = profile.indicator.target;
    const typedBaseline =
      cells[i].baseline !== undefined &&
      profile.profile.fixed === "missing" &&
      !profile.profile.invalid &&
      target !== undefined &&
      needsBaseline(target);
    // A baseline cell is only read where a change against last year waits for it.
    const { baseline: _unused, ...plain } = cells[i];
    const where = typedBaseline ? cells[i] : plain;
    const fixed = profile.profile.invalid ? "invalid" : profile.profile.fixed;
    return {
      status: statusFormula(profile, where, o),
      percent: percentFormula(profile, where, where.status, o.lang),
      entry: entryKind(profile, o.lang),
      ...(fixed && !profile.asFigure && !typedBaseline ? { fixed } : {}),
      ...(typedBaseline ? { typedBaseline: true as const } : {}),
      profile,
    };
  });
}
