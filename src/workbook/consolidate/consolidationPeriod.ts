import { finding, type Finding } from "../../engine/findings/finding";
import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";

/** The period one table's title or headers state, and where. */
export interface StatedPeriod {
  unit: string;
  sheet: string;
  period?: PeriodId;
  cell?: string;
}

/** Where the consolidation's period came from. */
export type PeriodSource = "option" | "titles" | "default";

export interface ConsolidationPeriod {
  period: PeriodId;
  from: PeriodSource;
  findings: Finding[];
}

/** The period most sub-units state; on a tie, the one stated first. */
function commonPeriod(stated: readonly StatedPeriod[]): PeriodId | undefined {
  const counts = new Map<PeriodId, number>();
  for (const s of stated) if (s.period) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  let best: PeriodId | undefined;
  for (const [period, count] of counts) {
    if (best === undefined || count > (counts.get(best) ?? 0)) best = period;
  }
  return best;
}

/** "9 tháng", "cả năm", "Quý I" / "nine months": a period inside a sentence. */
function inSentence(period: PeriodId): { vi: string; en: string } {
  const vi = PERIOD_LABELS.vi[period];
  return {
    vi: period === "year" ? vi.toLocaleLowerCase("vi") : vi,
    en: PERIOD_LABELS.en[period].toLocaleLowerCase("en"),
  };
}

function disagreement(odd: StatedPeriod, chosen: PeriodId, others: string): Finding {
  const period = inSentence(odd.period ?? chosen);
  const common = inSentence(chosen);
  const params = {
    unit: odd.unit,
    period: period.vi,
    periodEn: period.en,
    chosen: common.vi,
    chosenEn: common.en,
    others,
  };
  return finding("periods_differ", params, { sheet: odd.sheet, cell: odd.cell });
}

/**
 * One period for the whole consolidation, as `check` reads it from each table's title: the
 * one asked for, else the one most sub-units state, else the parent's, else the year. Each
 * sub-unit (or the parent) stating another is a finding at its period line; an asked-for
 * period overrides the titles without one.
 */
export function consolidationPeriod(
  units: readonly StatedPeriod[],
  parent: StatedPeriod | undefined,
  asked?: PeriodId,
): ConsolidationPeriod {
  if (asked) return { period: asked, from: "option", findings: [] };
  const common = commonPeriod(units) ?? parent?.period;
  if (!common) return { period: "year", from: "default", findings: [] };
  const agreeing = units.filter((u) => u.period === common).map((u) => u.unit);
  const others = agreeing.length > 0 ? agreeing.join(", ") : (parent?.unit ?? "");
  const odd = [...units, ...(parent ? [parent] : [])].filter(
    (s) => s.period !== undefined && s.period !== common,
  );
  return {
    period: common,
    from: "titles",
    findings: odd.map((s) => disagreement(s, common, others)),
  };
}
