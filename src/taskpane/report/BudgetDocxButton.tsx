import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { BudgetWorkbookCheck } from "../../workbook/budget/check/checkBudgetWorkbook";
import { BusyNote } from "../components/BusyNote";
import { ErrorBar } from "../components/ErrorBar";
import { SuccessNote } from "../components/SuccessNote";
import { useOperation } from "../components/useOperation";
import { useMessages } from "../i18n/MessagesContext";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** The Ngân sách tab's Word report: the same document `chitieu report --budget` writes. */
export function BudgetDocxButton({ check }: { check: BudgetWorkbookCheck }) {
  const styles = useStyles();
  const t = useMessages();
  const docx = useOperation();
  return (
    <section className={styles.block} aria-labelledby="chitieu-budget-docx">
      <Subtitle2 as="h3" id="chitieu-budget-docx">
        {t.report.docxHeading}
      </Subtitle2>
      <Caption1>{t.report.docxBudgetIntro}</Caption1>
      <div className={styles.actions}>
        <Button
          disabled={Boolean(docx.busy)}
          onClick={() =>
            docx.run(t.report.downloading, async () => {
              const { downloadBudgetReport } = await import("./buildReportDocx");
              return t.report.downloaded(await downloadBudgetReport(check, t.lang));
            })
          }
        >
          {t.report.downloadBudget}
        </Button>
      </div>
      {docx.busy ? <BusyNote label={docx.busy} /> : null}
      {docx.done ? <SuccessNote text={docx.done} /> : null}
      {docx.error ? <ErrorBar error={docx.error} onDismiss={docx.dismiss} /> : null}
    </section>
  );
}
