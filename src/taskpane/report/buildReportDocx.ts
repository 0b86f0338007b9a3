import type { Language } from "../../engine/model/status";
import { budgetDocx } from "../../report/docx/budgetDocx";
import { planDocx } from "../../report/docx/planDocx";
import type { BudgetWorkbookCheck } from "../../workbook/budget/check/checkBudgetWorkbook";
import type { WorkbookCheck } from "../../workbook/check/checkWorkbook";
import { fileSlug } from "../../workbook/demo/fileSlug";
import { budgetReport } from "../../workbook/report/budgetReport";
import { planReport } from "../../workbook/report/planReport";
import { canvasPng } from "./canvasPng";
import { MEDIA_TYPE, offerDownload } from "../download/offerDownload";

function fileName(prefix: string, unit: string | undefined): string {
  const slug = unit ? fileSlug(unit) : "";
  return `${prefix}${slug ? `-${slug}` : ""}.docx`;
}

/**
 * Builds the Word report of the pane's last check, the same document `chitieu report` writes,
 * and offers it as a download; resolves to the file's name. Loaded with its first use: the
 * .docx library stays out of the pane's first bundle.
 */
export async function downloadPlanReport(check: WorkbookCheck, lang: Language): Promise<string> {
  const report = planReport(check, { lang });
  const name = fileName(lang === "vi" ? "bao-cao" : "report", report.unit);
  offerDownload(await planDocx(report, canvasPng), name, MEDIA_TYPE.docx);
  return name;
}

export async function downloadBudgetReport(
  check: BudgetWorkbookCheck,
  lang: Language,
): Promise<string> {
  const report = budgetReport(check, lang);
  const name = fileName(lang === "vi" ? "bao-cao-ngan-sach" : "budget-report", report.unit);
  offerDownload(await budgetDocx(report, canvasPng), name, MEDIA_TYPE.docx);
  return name;
}
