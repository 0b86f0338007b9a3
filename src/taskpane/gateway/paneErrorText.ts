import type { Messages } from "../i18n/messages";
import type { ExcelErrorCode } from "./excelErrorCode";
import type { FailureKind, Refusal } from "./paneError";

/** What the pane knows of a failure: a PaneError, or its plain copy (the quick check's dialog). */
export interface FailureFacts {
  kind: FailureKind;
  detail: string;
  code?: ExcelErrorCode;
  refusal?: Refusal;
}

/** One plain message for a refusal: which sheet, what is in the way, nothing changed. */
function refusalText(t: Messages, { reason, sheet, range }: Refusal): string {
  if (reason === "merged") return t.errors.refused.merged(sheet, range ?? "");
  return t.errors.refused[reason](sheet);
}

/**
 * A failure in the catalogue's words: what failed (or, for a refusal, what is in the way and that
 * nothing changed), then the pane's words for Excel's error code, or else the host's one-line
 * message. Never Excel's raw text for a code the pane knows.
 */
export function paneErrorText(failure: FailureFacts, t: Messages): string[] {
  if (failure.refusal) return [refusalText(t, failure.refusal)];
  const headline = t.errors[failure.kind];
  if (failure.code) return [headline, t.errors.codes[failure.code]];
  return failure.detail ? [headline, t.errors.details(failure.detail)] : [headline];
}
