import { STATUS_IDS, type Language, type StatusId } from "../engine/model/status";
import { reportSentence } from "../engine/report/reportSentence";
import type { CheckOutcome } from "../taskpane/check/runCheck";
import { EXCEL_ERROR_CODES } from "../taskpane/gateway/excelErrorCode";
import type { FailureFacts } from "../taskpane/gateway/paneErrorText";

/** What the quick check tells the user, small enough to travel in a dialog's URL. */
export interface QuickCheckReport {
  lang: Language;
  sheet?: string;
  total: number;
  /** Non-zero counts only, in report order. */
  counts: Partial<Record<StatusId, number>>;
  sentence?: string;
  written: boolean;
  /**
   * What failed, when the check did: the step, Excel's error code and any refusal, for the
   * dialog to say in the catalogue's words (paneErrorText.ts); the host's message last.
   */
  failure?: FailureFacts;
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
      ...(failureOf(raw.failure) ? { failure: failureOf(raw.failure) } : {}),
    };
  } catch {
    return undefined;
  }
}

const KINDS = ["read", "write", "select", "copy"] as const;
const REASONS = ["protected", "merged", "hidden"] as const;

/** A failure from the URL, checked field by field: unknown codes and kinds are dropped. */
function failureOf(raw: unknown): FailureFacts | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const { kind, detail, code, refusal } = raw as Record<string, unknown>;
  const knownKind = KINDS.find((k) => k === kind);
  if (!knownKind) return undefined;
  const knownCode = EXCEL_ERROR_CODES.find((c) => c === code);
  const r = (typeof refusal === "object" && refusal !== null ? refusal : {}) as Record<
    string,
    unknown
  >;
  const reason = REASONS.find((x) => x === r.reason);
  return {
    kind: knownKind,
    detail: typeof detail === "string" ? detail : "",
    ...(knownCode ? { code: knownCode } : {}),
    ...(reason && typeof r.sheet === "string"
      ? {
          refusal: {
            reason,
            sheet: r.sheet,
            ...(typeof r.range === "string" ? { range: r.range } : {}),
          },
        }
      : {}),
  };
}
