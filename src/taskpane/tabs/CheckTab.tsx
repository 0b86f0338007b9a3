import {
  Body1,
  Button,
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
import type { CheckRunner } from "../check/useCheckRunner";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import type { Operation } from "../components/useOperation";
import { useMessages } from "../i18n/MessagesContext";
import type { CheckScope, PaneSettings } from "../settings/settings";

// The results and the engine's reading of them load with the first check, not with the pane.
const CheckResults = lazy(() =>
  import("./CheckResults").then((m) => ({ default: m.CheckResults })),
);

const useStyles = makeStyles({
  options: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface CheckTabProps {
  runner: CheckRunner;
  settings: PaneSettings;
  onSettings: (change: Partial<PaneSettings>) => void;
  canRun: boolean;
  watching: boolean;
  selection: Operation;
  onSelect: (sheet: string, cell: string) => void;
}

export function CheckTab({
  runner,
  settings,
  onSettings,
  canRun,
  watching,
  selection,
  onSelect,
}: CheckTabProps) {
  const styles = useStyles();
  const t = useMessages();
  const { state } = runner;
  const outcome = state.outcome;
  const busyLabel = state.step
    ? state.rechecking
      ? t.progress.rechecking
      : t.progress[state.step]
    : undefined;

  return (
    <>
      <Subtitle2 as="h2">{t.check.heading}</Subtitle2>
      <div className={styles.options}>
        <Field label={t.check.scope}>
          <RadioGroup
            value={settings.scope}
            onChange={(_e, data) => onSettings({ scope: data.value as CheckScope })}
          >
            <Radio value="active" label={t.check.scopeActive} />
            <Radio value="all" label={t.check.scopeAll} />
          </RadioGroup>
        </Field>
        <Field label={t.check.period}>
          <Select
            value={settings.period}
            onChange={(_e, data) =>
              onSettings({
                period: isPeriodId(data.value) ? (data.value as PeriodId) : "auto",
              })
            }
          >
            <option value="auto">{t.check.periodFromTitle}</option>
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
          onClick={runner.check}
        >
          {t.check.run}
        </Button>
      </div>
      {busyLabel ? <BusyNote label={busyLabel} /> : null}
      {state.error ? <ErrorBar error={state.error} onDismiss={runner.dismissError} /> : null}
      {selection.error ? <ErrorBar error={selection.error} onDismiss={selection.dismiss} /> : null}
      {!outcome ? <Body1>{t.check.notYet}</Body1> : null}
      {outcome ? (
        <Suspense fallback={<BusyNote label={t.progress.loading} />}>
          <CheckResults
            outcome={outcome}
            highlight={settings.highlight}
            watching={watching}
            rechecked={state.rechecked}
            onSelect={onSelect}
          />
        </Suspense>
      ) : null}
    </>
  );
}
