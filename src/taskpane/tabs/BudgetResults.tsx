import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { budgetSentence } from "../../engine/budget/budgetSentence";
import { findingMessage } from "../../engine/findings/finding";
import type { CheckedBudgetTable } from "../../workbook/budget/check/checkBudgetWorkbook";
import { attentionLines, lineCell, statusCounts } from "../budget/budgetView";
import type { BudgetOutcome } from "../budget/runBudgetCheck";
import { BudgetStatusBadge } from "../components/BudgetStatusBadge";
import { BudgetTotals } from "../components/BudgetTotals";
import { ErrorBar } from "../components/ErrorBar";
import { FindingList } from "../components/FindingList";
import { SuccessNote } from "../components/SuccessNote";
import { useOperation } from "../components/useOperation";
import { formatPercent } from "../i18n/formatPercent";
import { useMessages } from "../i18n/MessagesContext";
import { copyText } from "../report/copyText";
import { useSentenceStyles } from "../components/sentenceStyles";

const FINDINGS_SHOWN = 100;

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  plain: { margin: 0 },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  count: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  lines: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
  },
});

export interface BudgetResultsProps {
  outcome: BudgetOutcome;
  onSelect: (sheet: string, cell: string) => void;
}

/** What a budget check found: sentences, counts, each table's totals and lines, findings. */
export function BudgetResults({ outcome, onSelect }: BudgetResultsProps) {
  const styles = useStyles();
  const sentenceStyles = useSentenceStyles();
  const t = useMessages();
  const copy = useOperation();
  const { check } = outcome;
  const withTables = check.sheets.filter((s) => s.tables.length > 0);
  const tables = withTables.flatMap((s) => s.tables);
  // Written in the language of the run; said again in the pane's language now.
  const sentences = useMemo(
    () =>
      check.sheets
        .flatMap((s) => s.tables)
        .filter(({ check: c }) => c.sentence.trim() !== "")
        .map(({ check: c }) => budgetSentence(c.sentenceInput, t.lang)),
    [check, t.lang],
  );
  const findings = check.findings.filter((f) => f.rule !== "budget_no_table");

  if (tables.length === 0) return <NoTable outcome={outcome} />;

  const without = check.sheets.filter((s) => s.tables.length === 0).map((s) => s.sheet);
  return (
    <>
      <Body1>{t.budget.checkedAt(tables.length, withTables.length)}</Body1>
      {without.length > 0 ? <Caption1>{t.budget.withoutTable(without.join(", "))}</Caption1> : null}
      {sentences.length > 0 ? (
        <section className={styles.section} aria-labelledby="chitieu-budget-sentences">
          <Subtitle2 as="h3" id="chitieu-budget-sentences">
            {t.budget.sentences}
          </Subtitle2>
          <blockquote className={sentenceStyles.sentence} data-testid="budget-sentences">
            {sentences.map((s) => (
              <p key={s} className={styles.plain}>
                {s}
              </p>
            ))}
          </blockquote>
          <div>
            <Button
              aria-describedby="chitieu-budget-sentences"
              onClick={() =>
                copy.run(
                  "",
                  async () => {
                    await copyText(sentences.join("\n"));
                    return t.report.copied;
                  },
                  "copy",
                )
              }
            >
              {t.report.copy}
            </Button>
          </div>
          {copy.done ? <SuccessNote text={copy.done} /> : null}
          {copy.error ? <ErrorBar error={copy.error} onDismiss={copy.dismiss} /> : null}
        </section>
      ) : null}
      {!outcome.highlighted ? (
        <Caption1>{t.budget.highlightOff}</Caption1>
      ) : outcome.columnsWritten ? (
        <Caption1 data-testid="budget-columns-note">{t.budget.columnsWritten}</Caption1>
      ) : null}
      <Caption1 data-testid="budget-chart-note">
        {check.chartSheet === undefined
          ? t.budget.noChart
          : outcome.chartReplaced
            ? t.budget.chartReplaced(check.chartSheet)
            : t.budget.chartWritten(check.chartSheet)}
      </Caption1>
      <section className={styles.section} aria-labelledby="chitieu-budget-counts">
        <Subtitle2 as="h3" id="chitieu-budget-counts">
          {t.budget.statusCounts}
        </Subtitle2>
        <ul className={styles.counts} aria-labelledby="chitieu-budget-counts">
          {statusCounts(tables.map((x) => x.check)).map(({ status, count }) => (
            <li key={status} className={styles.count} data-testid={`budget-count-${status}`}>
              <BudgetStatusBadge status={status} />
              <Text weight="semibold">{count}</Text>
            </li>
          ))}
        </ul>
      </section>
      {withTables.flatMap((s) =>
        s.tables.map((table, i) => (
          <TableResults key={`${s.sheet}-${i}`} table={table} onSelect={onSelect} />
        )),
      )}
      <section className={styles.section} aria-labelledby="chitieu-budget-findings">
        <Subtitle2 as="h3" id="chitieu-budget-findings">
          {t.budget.findings(findings.length)}
        </Subtitle2>
        {findings.length === 0 ? (
          <Body1>{t.budget.noFindings}</Body1>
        ) : (
          <FindingList findings={findings} limit={FINDINGS_SHOWN} onSelect={onSelect} />
        )}
      </section>
    </>
  );
}

/** One table: its totals and the lines that need a look, each with a link to its cell. */
function TableResults({
  table: { table, check },
  onSelect,
}: {
  table: CheckedBudgetTable;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const t = useMessages();
  const lines = attentionLines(check);
  const id = `chitieu-budget-${check.sheet}-${table.firstDataRow}`.replace(/[^\w-]/g, "_");
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {t.budget.table(check.sheet)}
        {table.unitName ? ` · ${table.unitName}` : ""}
      </Subtitle2>
      {check.unit ? <Caption1>{t.budget.unit(check.unit)}</Caption1> : null}
      {check.totals.length > 0 ? <BudgetTotals totals={check.totals} /> : null}
      <Subtitle2 as="h4">{t.budget.attention(lines.length)}</Subtitle2>
      {lines.length === 0 ? (
        <Body1>{t.budget.noAttention}</Body1>
      ) : (
        <ul className={styles.lines} aria-label={t.budget.attention(lines.length)}>
          {lines.map((line) => {
            const cell = lineCell(line);
            const place = cell ? `${check.sheet}!${cell}` : "";
            return (
              <li key={line.row} className={styles.line} data-row={line.row}>
                <BudgetStatusBadge status={line.status} />
                {cell ? (
                  <Link
                    as="button"
                    aria-label={t.check.selectCell(place)}
                    onClick={() => onSelect(check.sheet, cell)}
                  >
                    {cell}
                  </Link>
                ) : null}
                <Text>
                  {line.code ? `${line.code}. ` : ""}
                  {line.name}
                </Text>
                {line.percentOfEstimate === undefined ? null : (
                  <Caption1>
                    {t.budget.percentOfEstimate(formatPercent(line.percentOfEstimate, t.lang))}
                  </Caption1>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Nothing to check: said plainly, with what a budget table needs. */
function NoTable({ outcome }: { outcome: BudgetOutcome }) {
  const t = useMessages();
  const { check, sheets } = outcome;
  const [only] = sheets;
  const active = sheets.length === 1;
  // The active sheet is the add-in's own chart sheet: the check leaves it out.
  if (active && !check.sheets.some((s) => s.sheet === only)) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.budget.chartSheetActive(only)}</MessageBarBody>
      </MessageBar>
    );
  }
  const noTable = check.findings.find((f) => f.rule === "budget_no_table");
  return (
    <MessageBar intent="info" layout="multiline" data-testid="budget-no-table">
      <MessageBarBody>
        <MessageBarTitle>
          {active ? t.budget.noTableActive(only) : t.budget.noTableAll}
        </MessageBarTitle>
        <div>{active && noTable ? findingMessage(noTable, t.lang) : t.budget.noTableColumns}</div>
        <div>{t.budget.noTableTemplate}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
