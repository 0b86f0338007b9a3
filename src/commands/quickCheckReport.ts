import { STATUS_IDS, type Language, type StatusId } from "../engine/model/status";
import { reportSentence } from "../engine/report/reportSentence";
import type { CheckOutcome } from "../taskpane/check/runCheck";

/** What the quick check tells the user, small enough to travel in a dialog's URL. */
export interface QuickCheckReport {
  lang: Language;
  sheet?: string;
  total: number;
  /** Non-zero counts only, in report order. */
  counts: Partial<Record<StatusId, number>>;
  sentence?: string;
  written: boolean;
  /** The host's message when the check failed. */
  failure?: string;
}

export function reportOfOutcome(outcome: CheckOutcome, lang: Language): QuickCheckReport {
  const { check } = outcome;
  const counts: Partial<Record<StatusId, number>> = {};
  for (const id of STATUS_IDS)
    if (check.summary.counts[id] > 0) counts[id] = check.summary.counts[id];
  const results = check.results;
  return {
    lang,
    ...(outcome.sheets[0] !== undefined ? { sheet: outcome.sheets[0] } : {}),
    total: check.summary.total,
    counts,
    ...(check.summary.total > 0 ? { sentence: reportSentence(check.summary, results, lang) } : {}),
    written: outcome.written,
  };
}

const PARAM = "report";

export function encodeReport(report: QuickCheckReport): string {
  return new URLSearchParams({ [PARAM]: JSON.stringify(report) }).toString();
}

/** The report from a dialog URL's query; undefined when it is missing or malformed. */
export function decodeReport(search: string): QuickCheckReport | undefined {
  const text = new URLSearchParams(search).get(PARAM);
  if (!text) return undefined;
  try {
    const raw = JSON.parse(text) as Partial<QuickCheckReport>;
    if (typeof raw.total !== "number" || typeof raw.counts !== "object" || raw.counts === null)
      return undefined;
    return {
      lang: raw.lang === "en" ? "en" : "vi",
      total: raw.total,
      counts: raw.counts,
      written: raw.written === true,
      ...(typeof raw.sheet === "string" ? { sheet: raw.sheet } : {}),
      ...(typeof raw.sentence === "string" ? { sentence: raw.sentence } : {}),
      ...(typeof raw.failure === "string" ? { failure: raw.failure } : {}),
    };
  } catch {
    return undefined;
  }
}
