import { isYearEnd } from "../model/period";
import type { Language, StatusId } from "../model/status";
import { formatNumber } from "../numbers/formatNumber";
import { foldText } from "../text/normalize";
import { displayName } from "./reportSentence";
import type { Summary } from "./summarize";

/** One sub-unit as its own check judged it. */
export interface SubUnitOutcome {
  unit: string;
  summary: Summary;
  results: readonly {
    status: StatusId;
    indicator: { name: string; code?: string; parentName?: string };
  }[];
}

/** A sub-unit's line of the appendix table: counts from its own summary. */
export interface SubUnitRow {
  unit: string;
  judged: number;
  met: number;
  /** Judged but not met: at risk, lagging, not achieved. */
  notMet: number;
  /** Missing or invalid figures. */
  noFigure: number;
  /** met / judged × 100; undefined when nothing was judged. */
  metShare?: number;
  reported: boolean;
}

export interface SubUnitReport {
  rows: SubUnitRow[];
  /** The paragraph's sentences: who reported, who met everything, who lags most. */
  sentences: string[];
  /** The indicators the most units did not meet, each naming those units. */
  lagging?: { lead: string; items: string[] };
}

/** How many names a sentence lists before "và N … khác". */
const MAX_NAMES = 5;
const NOT_MET: readonly StatusId[] = ["at_risk", "lagging", "not_achieved"];

function metOf(summary: Summary): number {
  const c = summary.counts;
  return c.exceeded + c.achieved + (isYearEnd(summary.period) ? 0 : c.on_track);
}

function share(part: number, total: number, lang: Language): string {
  return `${formatNumber((part / total) * 100, lang, 1)}%`;
}

function list(names: readonly string[], lang: Language): string {
  const shown = names.slice(0, MAX_NAMES).join(", ");
  const rest = names.length - MAX_NAMES;
  if (rest <= 0) return shown;
  return lang === "vi" ? `${shown} và ${rest} đơn vị khác` : `${shown} and ${rest} more`;
}

function rowOf(outcome: SubUnitOutcome): SubUnitRow {
  const { summary } = outcome;
  const c = summary.counts;
  const met = metOf(summary);
  const judged = summary.total;
  return {
    unit: outcome.unit,
    judged,
    met,
    notMet: NOT_MET.reduce((n, s) => n + c[s], 0),
    noFigure: c.missing + c.invalid,
    ...(judged > 0 ? { metShare: (met / judged) * 100 } : {}),
    reported: judged > 0 || c.not_reported === 0,
  };
}

/** The key an indicator is known by across sub-units: its code, else its folded name. */
function keyOf(indicator: SubUnitOutcome["results"][number]["indicator"]): string {
  return indicator.code?.trim() ? `#${foldText(indicator.code)}` : foldText(displayName(indicator));
}

/**
 * The paragraph a parent's report gives its sub-units, from each sub-unit's own check: how many
 * reported (and who did not), the units with the lowest share of indicators met, and the
 * indicators the most units did not meet, naming those units.
 */
export function subUnitReport(
  outcomes: readonly SubUnitOutcome[],
  lang: Language = "vi",
): SubUnitReport {
  const vi = lang === "vi";
  const rows = outcomes.map(rowOf);
  const sentences: string[] = [];
  const reported = rows.filter((r) => r.reported);
  const silent = rows.filter((r) => !r.reported).map((r) => r.unit);
  sentences.push(
    vi
      ? `${reported.length}/${rows.length} đơn vị đã báo cáo số liệu${silent.length > 0 ? `; chưa báo cáo: ${list(silent, lang)}` : ""}.`
      : `${reported.length} of ${rows.length} units reported figures${silent.length > 0 ? `; not reported: ${list(silent, lang)}` : ""}.`,
  );
  const judged = rows.filter((r) => r.judged > 0);
  const lowest = [...judged]
    .filter((r) => r.met < r.judged)
    .sort((a, b) => (a.metShare ?? 0) - (b.metShare ?? 0) || a.unit.localeCompare(b.unit, "vi"))
    .slice(0, MAX_NAMES)
    .map((r) => `${r.unit} (${r.met}/${r.judged}, ${share(r.met, r.judged, lang)})`);
  const full = judged.filter((r) => r.met === r.judged).map((r) => r.unit);
  if (full.length > 0) {
    sentences.push(
      vi
        ? `${full.length} đơn vị đạt hoặc vượt tất cả chỉ tiêu được đánh giá: ${list(full, lang)}.`
        : `${full.length} units met every indicator judged: ${list(full, lang)}.`,
    );
  }
  if (lowest.length > 0) {
    sentences.push(
      vi
        ? `Đơn vị có tỷ lệ chỉ tiêu đạt thấp nhất: ${lowest.join("; ")}.`
        : `Units with the lowest share of indicators met: ${lowest.join("; ")}.`,
    );
  }
  const lagging = laggingIndicators(outcomes, lang);
  return lagging ? { rows, sentences, lagging } : { rows, sentences };
}

/** "Thu ngân sách … : 8/10 đơn vị chưa đạt (Phường A, …)", for the indicators most units missed. */
function laggingIndicators(
  outcomes: readonly SubUnitOutcome[],
  lang: Language,
): SubUnitReport["lagging"] {
  const vi = lang === "vi";
  const byKey = new Map<string, { name: string; judged: number; units: string[] }>();
  for (const outcome of outcomes) {
    for (const result of outcome.results) {
      const key = keyOf(result.indicator);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { name: displayName(result.indicator), judged: 0, units: [] };
        byKey.set(key, entry);
      }
      if (result.status === "no_target" || result.status === "not_reported") continue;
      entry.judged += 1;
      if (NOT_MET.includes(result.status)) entry.units.push(outcome.unit);
    }
  }
  const worst = [...byKey.values()]
    .filter((e) => e.units.length > 0)
    .sort(
      (a, b) =>
        b.units.length / b.judged - a.units.length / a.judged || b.units.length - a.units.length,
    )
    .slice(0, MAX_NAMES);
  if (worst.length === 0) return undefined;
  const items = worst.map((e) =>
    vi
      ? `${e.name}: ${e.units.length}/${e.judged} đơn vị chưa đạt (${list(e.units, lang)})`
      : `${e.name}: ${e.units.length} of ${e.judged} units not met (${list(e.units, lang)})`,
  );
  return {
    lead: vi ? "Các chỉ tiêu nhiều đơn vị chưa đạt nhất:" : "Indicators most units did not meet:",
    items,
  };
}
