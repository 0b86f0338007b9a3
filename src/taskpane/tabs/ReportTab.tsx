import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { fieldSentences, reportSentence } from "../../engine/report/reportSentence";
import type { CheckRunner } from "../check/useCheckRunner";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { SuccessNote } from "../components/SuccessNote";
import { useOperation } from "../components/useOperation";
import type { PaneGateway } from "../gateway/paneGateway";
import { useMessages } from "../i18n/MessagesContext";
import { copyText } from "../report/copyText";
import { DocxDownload } from "../report/DocxDownload";
import { insertChartTable } from "../report/insertChartTable";
import { useSentenceStyles } from "../components/sentenceStyles";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  lines: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
  },
});

export interface ReportTabProps {
  runner: CheckRunner;
  gateway: PaneGateway | undefined;
}

export function ReportTab({ runner, gateway }: ReportTabProps) {
  const styles = useStyles();
  const sentenceStyles = useSentenceStyles();
  const t = useMessages();
  const copy = useOperation();
  const chart = useOperation();
  const check = runner.state.outcome?.check;
  const text = useMemo(() => {
    if (!check) return undefined;
    const results = check.results;
    return {
      sentence: reportSentence(check.summary, results, t.lang),
      fields: fieldSentences(check.summary, t.lang),
    };
  }, [check, t.lang]);

  if (!check || !text) {
    return (
      <>
        <Subtitle2 as="h2">{t.report.heading}</Subtitle2>
        <Body1>{t.report.needCheck}</Body1>
        <div>
          <Button
            appearance="primary"
            disabled={!gateway || Boolean(runner.state.step)}
            onClick={runner.check}
          >
            {t.report.runCheck}
          </Button>
        </div>
        {runner.state.step ? <BusyNote label={t.progress[runner.state.step]} /> : null}
        {runner.state.error ? (
          <ErrorBar error={runner.state.error} onDismiss={runner.dismissError} />
        ) : null}
      </>
    );
  }

  const copyBlock = (value: string) =>
    copy.run(
      "",
      async () => {
        await copyText(value);
        return t.report.copied;
      },
      "copy",
    );

  return (
    <>
      <Subtitle2 as="h2">{t.report.heading}</Subtitle2>
      <section className={styles.block} aria-labelledby="chitieu-report-sentence">
        <Subtitle2 as="h3" id="chitieu-report-sentence">
          {t.report.sentence}
        </Subtitle2>
        <blockquote className={sentenceStyles.sentence} data-testid="report-sentence">
          {text.sentence}
        </blockquote>
        <div className={styles.actions}>
          <Button
            onClick={() => copyBlock(text.sentence)}
            aria-describedby="chitieu-report-sentence"
          >
            {t.report.copy}
          </Button>
        </div>
      </section>
      {text.fields.length > 0 ? (
        <section className={styles.block} aria-labelledby="chitieu-report-fields">
          <Subtitle2 as="h3" id="chitieu-report-fields">
            {t.report.byField}
          </Subtitle2>
          <ul className={styles.lines}>
            {text.fields.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              onClick={() => copyBlock(text.fields.join("\n"))}
              aria-describedby="chitieu-report-fields"
            >
              {t.report.copy}
            </Button>
          </div>
        </section>
      ) : null}
      {copy.done ? <SuccessNote text={copy.done} /> : null}
      {copy.error ? <ErrorBar error={copy.error} onDismiss={copy.dismiss} /> : null}
      <section className={styles.block} aria-labelledby="chitieu-report-chart">
        <Subtitle2 as="h3" id="chitieu-report-chart">
          {t.report.chartHeading}
        </Subtitle2>
        <Caption1>{t.report.chartIntro}</Caption1>
        <div className={styles.actions}>
          <Button
            disabled={!gateway || Boolean(chart.busy)}
            onClick={() =>
              gateway &&
              chart.run(t.progress.writing, async () =>
                t.report.chartInserted(await insertChartTable(gateway, check, t)),
              )
            }
          >
            {t.report.insertChart}
          </Button>
        </div>
        {chart.busy ? <BusyNote label={chart.busy} /> : null}
        {chart.done ? <SuccessNote text={chart.done} /> : null}
        {chart.error ? <ErrorBar error={chart.error} onDismiss={chart.dismiss} /> : null}
      </section>
      <DocxDownload
        id="chitieu-report-docx"
        intro={t.report.docxIntro}
        label={t.report.download}
        download={async () => {
          const { downloadPlanReport } = await import("../report/buildReportDocx");
          return downloadPlanReport(check, t.lang);
        }}
      />
    </>
  );
}
