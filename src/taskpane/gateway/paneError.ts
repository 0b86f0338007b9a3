import { WriteRefusedError, type WriteRefusalReason } from "../../hosts/gateway";
import { excelErrorCode, type ExcelErrorCode } from "./excelErrorCode";

/** A refusal made before anything was written or selected (see WriteRefusedError). */
export interface Refusal {
  reason: WriteRefusalReason;
  sheet: string;
  range?: string;
}

/** Which step of an operation failed; the pane explains each in plain words. */
export type FailureKind = "read" | "write" | "select" | "copy";

/**
 * A failure the pane shows in a MessageBar: what failed and, for Excel's error codes, the pane's
 * own plain words for it; otherwise the host's message.
 */
export class PaneError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly detail: string,
    readonly code?: ExcelErrorCode,
    readonly refusal?: Refusal,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "PaneError";
  }
}

/** The host's message for an error, one line, without a stack trace. */
export function errorDetail(error: unknown): string {
  if (error instanceof PaneError) return error.detail;
  const text =
    error instanceof Error ? error.message : typeof error === "string" ? error : String(error);
  return text.split("\n")[0].trim().slice(0, 300);
}

/** Runs a gateway step; a failure becomes a PaneError of that kind. */
export async function step<T>(kind: FailureKind, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asPaneError(error, kind);
  }
}

export function asPaneError(error: unknown, fallback: FailureKind): PaneError {
  if (error instanceof PaneError) return error;
  if (error instanceof WriteRefusedError) {
    const { reason, sheet, range } = error;
    return new PaneError(fallback, error.message, undefined, {
      reason,
      sheet,
      ...(range === undefined ? {} : { range }),
    });
  }
  return new PaneError(fallback, errorDetail(error), excelErrorCode(error));
}
