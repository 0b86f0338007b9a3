import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { StatusId } from "../../engine/model/status";
import type { CheckOutcome } from "../check/runCheck";
import { filterGroups, groupBySheet } from "../check/sheetGroups";
import { ATTENTION_STATUSES, statusesFor } from "../check/statusOrder";
import { FieldProgressList } from "../components/FieldProgressList";
import { SheetFindings } from "../components/SheetFindings";
import { StatusFilter } from "../components/StatusFilter";
import { SummaryCards } from "../components/SummaryCards";
import { useMessages } from "../i18n/MessagesContext";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface CheckResultsProps {
  outcome: CheckOutcome;
  highlight: boolean;
  watching: boolean;
  /** The sheets last re-checked after an edit, if the last check was one. */
  rechecked?: string[];
  onSelect: (sheet: string, cell: string) => void;
}

/** What a check found: counts, fields, and each sheet's indicators filtered by status. */
export function CheckResults({
  outcome,
  highlight,
  watching,
  rechecked,
  onSelect,
}: CheckResultsProps) {
  const styles = useStyles();
  const t = useMessages();
  const [shown, setShown] = useState<ReadonlySet<StatusId>>(() => new Set(ATTENTION_STATUSES));
  const grouped = useMemo(() => groupBySheet(outcome.check, t.lang), [outcome, t.lang]);
  const { summary } = outcome.check;
  const statuses = statusesFor(summary.period);
  const toggle = (status: StatusId) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(status)) next.delete(status);
      else next.add(status);
      return next;
    });

  return (
    <>
      <Caption1 role="status">
        {rechecked
          ? t.check.recheckedAt(rechecked.join(", "))
          : t.check.checkedAt(outcome.sheets.length, summary.total)}
      </Caption1>
      {!highlight ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.check.highlightOff}</MessageBarBody>
        </MessageBar>
      ) : null}
      {watching ? <Caption1>{t.check.watching}</Caption1> : null}
      {grouped.withoutTable.length > 0 ? (
        <Caption1>{t.check.withoutTable(grouped.withoutTable.join(", "))}</Caption1>
      ) : null}
      {summary.total === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.check.noIndicators}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <section className={styles.section} aria-label={t.check.summary}>
            <Subtitle2 as="h3">{t.check.summary}</Subtitle2>
            <SummaryCards counts={summary.counts} statuses={statuses} />
          </section>
          <section className={styles.section} aria-label={t.check.byField}>
            <Subtitle2 as="h3">{t.check.byField}</Subtitle2>
            <FieldProgressList summary={summary} />
          </section>
          <section className={styles.section} aria-label={t.check.findings}>
            <Subtitle2 as="h3">{t.check.findings}</Subtitle2>
            <StatusFilter
              statuses={statuses}
              counts={summary.counts}
              shown={shown}
              onToggle={toggle}
            />
            <SheetFindings groups={filterGroups(grouped.groups, shown)} onSelect={onSelect} />
          </section>
        </>
      )}
    </>
  );
}
