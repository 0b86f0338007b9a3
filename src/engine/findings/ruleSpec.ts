import type { Severity } from "./finding";

export interface RuleSpec {
  severity: Severity;
  title: { vi: string; en: string };
  /** Message templates; `{name}` placeholders are filled from the finding's params. */
  message: { vi: string; en: string };
}

export function rule(
  severity: Severity,
  title: [string, string],
  message: [string, string],
): RuleSpec {
  return {
    severity,
    title: { vi: title[0], en: title[1] },
    message: { vi: message[0], en: message[1] },
  };
}
