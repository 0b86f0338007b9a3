import { useCallback, useRef, useState } from "react";
import type { PaneGateway } from "../gateway/paneGateway";
import { asPaneError, type PaneError } from "../gateway/paneError";
import type { PaneSettings } from "../settings/settings";
import type { CheckOutcome, CheckStep } from "./runCheck";

export interface CheckState {
  outcome?: CheckOutcome;
  /** The step running now; undefined when idle. */
  step?: CheckStep;
  /** Set while the running check is a re-check after an edit. */
  rechecking?: boolean;
  error?: PaneError;
  /** The sheets last re-checked after an edit. */
  rechecked?: string[];
}

export interface CheckRunner {
  state: CheckState;
  /** Checks the scope chosen in the settings. */
  check(): Promise<void>;
  /** Checks these sheets again (after an edit) and merges them into the last result. */
  /** Checks the sheets again; `write: false` reads without writing (a co-author's edit). */
  recheck(sheets: string[], options?: { write: boolean }): Promise<void>;
  dismissError(): void;
  /** True while a check reads or writes: edits seen then are the pane's own. */
  isBusy(): boolean;
}

/** Runs checks one at a time and keeps the last result for the Check and Report tabs. */
export function useCheckRunner(
  gateway: PaneGateway | undefined,
  settings: PaneSettings,
): CheckRunner {
  const [state, setState] = useState<CheckState>({});
  const busy = useRef(false);
  const last = useRef<CheckOutcome | undefined>(undefined);

  const execute = useCallback(
    async (sheets?: string[], write = true) => {
      if (!gateway || busy.current) return;
      busy.current = true;
      const rechecking = sheets !== undefined;
      setState((s) => ({ ...s, error: undefined, rechecking }));
      try {
        // The engine loads with the first check: the pane opens without it.
        const [{ runCheck }, { mergeRecheck }] = await Promise.all([
          import("./runCheck"),
          import("./mergeRecheck"),
        ]);
        const outcome = await runCheck(
          gateway,
          {
            scope: settings.scope,
            ...(settings.period === "auto" ? {} : { period: settings.period }),
            atRiskTolerance: settings.atRiskTolerancePercent / 100,
            highlight: settings.highlight && write,
            lang: settings.lang,
            ...(sheets ? { sheets } : {}),
          },
          (step) => setState((s) => ({ ...s, step })),
        );
        const previous = last.current;
        const merged =
          rechecking && previous
            ? {
                ...outcome,
                check: mergeRecheck(previous.check, outcome.check),
                sheets: previous.sheets,
              }
            : outcome;
        last.current = merged;
        setState({ outcome: merged, ...(rechecking ? { rechecked: sheets } : {}) });
      } catch (error) {
        setState((s) => ({
          ...s,
          step: undefined,
          rechecking: false,
          error: asPaneError(error, "read"),
        }));
      } finally {
        busy.current = false;
      }
    },
    [gateway, settings],
  );

  const check = useCallback(() => execute(), [execute]);
  const recheck = useCallback(
    (sheets: string[], options: { write: boolean } = { write: true }) =>
      execute(sheets, options.write),
    [execute],
  );
  const dismissError = useCallback(() => setState((s) => ({ ...s, error: undefined })), []);
  const isBusy = useCallback(() => busy.current, []);
  return { state, check, recheck, dismissError, isBusy };
}
