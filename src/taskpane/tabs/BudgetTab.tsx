import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { isPeriodId, PERIOD_IDS, type PeriodId } from "../../engine/model/period";
import type { BudgetRunner } from "../budget/useBudgetRunner";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import type { Operation } from "../components/useOperation";
import { useMessages } from "../i18n/MessagesContext";
import type { CheckScope } from "../settings/settings";

// The results, and the budget engine behind them, load with the first budget check.
const BudgetResults = lazy(() =>
  import("./BudgetResults").then((m) => ({ default: m.BudgetResults })),
);

const useStyles = makeStyles({
  options: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface BudgetTabProps {
  runner: BudgetRunner;
  canRun: boolean;
  selection: Operation;
  onSelect: (sheet: string, cell: string) => void;
}

/** The Ngân sách tab: check the budget tables of the active sheet or of every sheet. */
export function BudgetTab({ runner, canRun, selection, onSelect }: BudgetTabProps) {
  const styles = useStyles();
  const t = useMessages();
  const { state, choices } = runner;
  return (
    <>
      <Subtitle2 as="h2">{t.budget.heading}</Subtitle2>
      <Caption1>{t.budget.intro}</Caption1>
      <div className={styles.options}>
        <Field label={t.budget.scope}>
          <RadioGroup
            value={choices.scope}
            onChange={(_e, data) => runner.choose({ scope: data.value as CheckScope })}
          >
            <Radio value="active" label={t.budget.scopeActive} />
            <Radio value="all" label={t.budget.scopeAll} />
          </RadioGroup>
        </Field>
        <Field label={t.budget.period}>
          <Select
            value={choices.period}
            onChange={(_e, data) =>
              runner.choose({
                period: isPeriodId(data.value) ? (data.value as PeriodId) : "auto",
              })
            }
          >
            <option value="auto">{t.budget.periodFromTitle}</option>
            {PERIOD_IDS.map((id) => (
              <option key={id} value={id}>
                {t.period[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabled={!canRun || Boolean(state.step)}
          onClick={() => void runner.run()}
        >
          {t.budget.run}
        </Button>
      </div>
      {state.step ? <BusyNote label={t.progress[state.step]} /> : null}
      {state.error ? <ErrorBar error={state.error} onDismiss={runner.dismissError} /> : null}
      {selection.error ? <ErrorBar error={selection.error} onDismiss={selection.dismiss} /> : null}
      {!state.outcome && !state.step ? <Body1>{t.budget.notYet}</Body1> : null}
      {state.outcome ? (
        <Suspense fallback={<BusyNote label={t.progress.loading} />}>
          <BudgetResults outcome={state.outcome} onSelect={onSelect} />
        </Suspense>
      ) : null}
    </>
  );
}
