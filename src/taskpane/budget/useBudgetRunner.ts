import { useCallback, useRef, useState } from "react";
import type { CheckStep } from "../check/runCheck";
import type { RunChoices } from "../components/RunOptions";
import type { PaneGateway } from "../gateway/paneGateway";
import { asPaneError, type PaneError } from "../gateway/paneError";
import type { PaneSettings } from "../settings/settings";
import type { BudgetOutcome } from "./runBudgetCheck";

/** What the Ngân sách tab asks for: kept with the pane, so a tab switch does not lose it. */
export type BudgetChoices = RunChoices;

export interface BudgetState {
  outcome?: BudgetOutcome;
  step?: CheckStep;
  error?: PaneError;
}

export interface BudgetRunner {
  choices: BudgetChoices;
  choose(change: Partial<BudgetChoices>): void;
  state: BudgetState;
  run(): Promise<void>;
  dismissError(): void;
}

/** Runs budget checks one at a time and keeps the last result while the pane is open. */
export function useBudgetRunner(
  gateway: PaneGateway | undefined,
  settings: PaneSettings,
): BudgetRunner {
  const [choices, setChoices] = useState<BudgetChoices>({ scope: "active", period: "auto" });
  const [state, setState] = useState<BudgetState>({});
  const busy = useRef(false);

  const run = useCallback(async () => {
    if (!gateway || busy.current) return;
    busy.current = true;
    setState((s) => ({ ...s, error: undefined }));
    try {
      // The budget engine loads with the first budget check, not with the pane.
      const { runBudgetCheck } = await import("./runBudgetCheck");
      const outcome = await runBudgetCheck(
        gateway,
        {
          scope: choices.scope,
          ...(choices.period === "auto" ? {} : { period: choices.period }),
          highlight: settings.highlight,
          lang: settings.lang,
        },
        (step) => setState((s) => ({ ...s, step })),
      );
      setState({ outcome });
    } catch (error) {
      setState((s) => ({ ...s, step: undefined, error: asPaneError(error, "read") }));
    } finally {
      busy.current = false;
    }
  }, [gateway, choices, settings.highlight, settings.lang]);

  const choose = useCallback(
    (change: Partial<BudgetChoices>) => setChoices((c) => ({ ...c, ...change })),
    [],
  );
  const dismissError = useCallback(() => setState((s) => ({ ...s, error: undefined })), []);
  return { choices, choose, state, run, dismissError };
}
