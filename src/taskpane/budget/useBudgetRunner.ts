import { useCallback, useMemo, useRef, useState } from "react";
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
  /** Set while the running check is a re-check after an edit. */
  rechecking?: boolean;
  error?: PaneError;
  /** The sheets whose edit the last re-check followed. */
  rechecked?: string[];
}

export interface BudgetRunner {
  choices: BudgetChoices;
  choose(change: Partial<BudgetChoices>): void;
  state: BudgetState;
  run(): Promise<void>;
  /**
   * Checks the last check's sheets again after `edited` were edited, as the plan check does;
   * `write: false` reads without writing (a co-author's edit).
   */
  recheck(edited: string[], options?: { write: boolean }): Promise<void>;
  /** The sheets whose budget tables the last check read: an edit there re-checks them. */
  watched: string[];
  /** True while a check reads or writes: edits seen then are the pane's own. */
  isBusy(): boolean;
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

  const last = useRef<BudgetOutcome | undefined>(undefined);

  const execute = useCallback(
    async (again?: { edited: string[]; write: boolean }) => {
      if (!gateway || busy.current) return;
      const previous = last.current;
      if (again && !previous) return;
      busy.current = true;
      setState((s) => ({ ...s, error: undefined, rechecking: Boolean(again) }));
      try {
        // The budget engine loads with the first budget check, not with the pane.
        const { runBudgetCheck } = await import("./runBudgetCheck");
        const outcome = await runBudgetCheck(
          gateway,
          {
            scope: choices.scope,
            ...(choices.period === "auto" ? {} : { period: choices.period }),
            highlight: settings.highlight && (again?.write ?? true),
            lang: settings.lang,
            // A re-check checks what the last check did (the sheet then active, or every one).
            ...(again && previous ? { sheets: previous.sheets, write: again.write } : {}),
          },
          (step) => setState((s) => ({ ...s, step })),
        );
        last.current = outcome;
        setState({ outcome, ...(again ? { rechecked: again.edited } : {}) });
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
    [gateway, choices, settings.highlight, settings.lang],
  );

  const run = useCallback(() => execute(), [execute]);
  const recheck = useCallback(
    (edited: string[], options: { write: boolean } = { write: true }) =>
      execute({ edited, write: options.write }),
    [execute],
  );
  const isBusy = useCallback(() => busy.current, []);
  const watched = useMemo(
    () => state.outcome?.check.sheets.filter((s) => s.tables.length > 0).map((s) => s.sheet) ?? [],
    [state.outcome],
  );

  const choose = useCallback(
    (change: Partial<BudgetChoices>) => setChoices((c) => ({ ...c, ...change })),
    [],
  );
  const dismissError = useCallback(() => setState((s) => ({ ...s, error: undefined })), []);
  return { choices, choose, state, run, recheck, watched, isBusy, dismissError };
}
