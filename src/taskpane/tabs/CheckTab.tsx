import type { SelectOptions } from "../../hosts/gateway";
import { Body1, Subtitle2 } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { CheckRunner } from "../check/useCheckRunner";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { SelectionErrorBar } from "../components/SelectionErrorBar";
import { RunOptions } from "../components/RunOptions";
import type { Operation } from "../components/useOperation";
import { useMessages } from "../i18n/MessagesContext";
import type { PaneSettings } from "../settings/settings";

// The results and the engine's reading of them load with the first check, not with the pane.
const CheckResults = lazy(() =>
  import("./CheckResults").then((m) => ({ default: m.CheckResults })),
);

export interface CheckTabProps {
  runner: CheckRunner;
  settings: PaneSettings;
  onSettings: (change: Partial<PaneSettings>) => void;
  canRun: boolean;
  watching: boolean;
  selection: Operation;
  onSelect: (sheet: string, cell: string, options?: SelectOptions) => void;
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
      <RunOptions
        scope={settings.scope}
        period={settings.period}
        labels={t.check}
        onChoose={onSettings}
        onRun={runner.check}
        disabled={!canRun || Boolean(state.step)}
      />
      {busyLabel ? <BusyNote label={busyLabel} /> : null}
      {state.error ? <ErrorBar error={state.error} onDismiss={runner.dismissError} /> : null}
      <SelectionErrorBar selection={selection} onSelect={onSelect} />
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
