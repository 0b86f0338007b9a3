import type { SelectOptions } from "../../hosts/gateway";
import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { BudgetRunner } from "../budget/useBudgetRunner";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { SelectionErrorBar } from "../components/SelectionErrorBar";
import { RunOptions } from "../components/RunOptions";
import type { Operation } from "../components/useOperation";
import { useMessages } from "../i18n/MessagesContext";
import { BudgetDocxButton } from "../report/BudgetDocxButton";

// The results, and the budget engine behind them, load with the first budget check.
const BudgetResults = lazy(() =>
  import("./BudgetResults").then((m) => ({ default: m.BudgetResults })),
);

export interface BudgetTabProps {
  runner: BudgetRunner;
  /** Edits to the checked tables re-check them (the host reports edits). */
  watching: boolean;
  canRun: boolean;
  selection: Operation;
  onSelect: (sheet: string, cell: string, options?: SelectOptions) => void;
}

/** The Ngân sách tab: check the budget tables of the active sheet or of every sheet. */
export function BudgetTab({ runner, watching, canRun, selection, onSelect }: BudgetTabProps) {
  const t = useMessages();
  const { state, choices } = runner;
  const busyLabel = state.step
    ? state.rechecking
      ? t.progress.rechecking
      : t.progress[state.step]
    : undefined;
  return (
    <>
      <Subtitle2 as="h2">{t.budget.heading}</Subtitle2>
      <Caption1>{t.budget.intro}</Caption1>
      <RunOptions
        scope={choices.scope}
        period={choices.period}
        labels={t.budget}
        onChoose={runner.choose}
        onRun={() => void runner.run()}
        disabled={!canRun || Boolean(state.step)}
      />
      {busyLabel ? <BusyNote label={busyLabel} /> : null}
      {state.error ? <ErrorBar error={state.error} onDismiss={runner.dismissError} /> : null}
      <SelectionErrorBar selection={selection} onSelect={onSelect} />
      {!state.outcome && !state.step ? <Body1>{t.budget.notYet}</Body1> : null}
      {state.outcome && state.rechecked ? (
        <Caption1 role="status" data-testid="budget-rechecked">
          {t.budget.recheckedAt(state.rechecked.join(", "))}
        </Caption1>
      ) : null}
      {state.outcome && watching ? <Caption1>{t.budget.watching}</Caption1> : null}
      {state.outcome ? (
        <Suspense fallback={<BusyNote label={t.progress.loading} />}>
          <BudgetResults outcome={state.outcome} onSelect={onSelect} />
        </Suspense>
      ) : null}
      {state.outcome ? <BudgetDocxButton check={state.outcome.check} /> : null}
    </>
  );
}
