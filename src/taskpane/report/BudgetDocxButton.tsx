import type { BudgetWorkbookCheck } from "../../workbook/budget/check/checkBudgetWorkbook";
import { useMessages } from "../i18n/MessagesContext";
import { DocxDownload } from "./DocxDownload";

/** The Ngân sách tab's Word report: the same document `chitieu report --budget` writes. */
export function BudgetDocxButton({ check }: { check: BudgetWorkbookCheck }) {
  const t = useMessages();
  return (
    <DocxDownload
      id="chitieu-budget-docx"
      intro={t.report.docxBudgetIntro}
      label={t.report.downloadBudget}
      download={async () => {
        const { downloadBudgetReport } = await import("./buildReportDocx");
        return downloadBudgetReport(check, t.lang);
      }}
    />
  );
}
