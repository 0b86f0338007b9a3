import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isPeriodId, PERIOD_IDS, type PeriodId } from "../../engine/model/period";
import type { StatusId } from "../../engine/model/status";
import { filterGroups, groupBySheet } from "../check/sheetGroups";
import { ATTENTION_STATUSES, statusesFor } from "../check/statusOrder";
import type { CheckRunner } from "../check/useCheckRunner";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { FieldProgressList } from "../components/FieldProgressList";
import { SheetFindings } from "../components/SheetFindings";
import { StatusFilter } from "../components/StatusFilter";
import { SummaryCards } from "../components/SummaryCards";
import { useMessages } from "../i18n/MessagesContext";
import type { CheckScope, PaneSettings } from "../settings/settings";
import type { Operation } from "../components/useOperation";

const useStyles = makeStyles({
  options: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  section: {
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
  const [shown, setShown] = useState<ReadonlySet<StatusId>>(() => new Set(ATTENTION_STATUSES));
  const grouped = useMemo(
    () => (outcome ? groupBySheet(outcome.check, t.lang) : undefined),
    [outcome, t.lang],
  );
  const period = outcome?.check.summary.period ?? "year";
  const statuses = statusesFor(period);
  const toggle = (status: StatusId) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(status)) next.delete(status);
      else next.add(status);
      return next;
    });
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
      {outcome && grouped ? (
        <>
          <Caption1 role="status">
            {state.rechecked
              ? t.check.recheckedAt(state.rechecked.join(", "))
              : t.check.checkedAt(outcome.sheets.length, outcome.check.summary.total)}
          </Caption1>
          {!settings.highlight ? (
            <MessageBar intent="info">
              <MessageBarBody>{t.check.highlightOff}</MessageBarBody>
            </MessageBar>
          ) : null}
          {watching ? <Caption1>{t.check.watching}</Caption1> : null}
          {grouped.withoutTable.length > 0 ? (
            <Caption1>{t.check.withoutTable(grouped.withoutTable.join(", "))}</Caption1>
          ) : null}
          {outcome.check.summary.total === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t.check.noIndicators}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <section className={styles.section} aria-label={t.check.summary}>
                <Subtitle2 as="h3">{t.check.summary}</Subtitle2>
                <SummaryCards counts={outcome.check.summary.counts} statuses={statuses} />
              </section>
              <section className={styles.section} aria-label={t.check.byField}>
                <Subtitle2 as="h3">{t.check.byField}</Subtitle2>
                <FieldProgressList summary={outcome.check.summary} />
              </section>
              <section className={styles.section} aria-label={t.check.findings}>
                <Subtitle2 as="h3">{t.check.findings}</Subtitle2>
                <StatusFilter
                  statuses={statuses}
                  counts={outcome.check.summary.counts}
                  shown={shown}
                  onToggle={toggle}
                />
                <SheetFindings groups={filterGroups(grouped.groups, shown)} onSelect={onSelect} />
              </section>
            </>
          )}
        </>
      ) : null}
    </>
  );
}
