import { findingMessage } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { budgetDocx } from "../../report/docx/budgetDocx";
import { planDocx } from "../../report/docx/planDocx";
import { checkBudgetWorkbook } from "../../workbook/budget/check/checkBudgetWorkbook";
import { checkWorkbook, type WorkbookCheck } from "../../workbook/check/checkWorkbook";
import { budgetReport } from "../../workbook/report/budgetReport";
import { planReport } from "../../workbook/report/planReport";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { noPlanTableFinding } from "../noPlanTable";
import { openInput } from "../openInput";
import { fileExists } from "../outExists";
import { outIsInput } from "../outIsInput";
import { resvgPng } from "../resvgPng";

export interface ReportCommandOptions {
  /** The budget workbook, for a budget report. */
  budget?: string;
  /** Sub-units' workbooks, for a plan report's paragraph on them. */
  units?: string[];
  period?: PeriodId;
  tolerance?: number;
  out: string;
  lang: Language;
}

function say(io: CliIo, lang: Language, vi: string, en: string): void {
  io.stderr(`${lang === "vi" ? vi : en}\n`);
}

/** True (said on stderr) when --out is there already: a report never replaces a file. */
async function outTaken(io: CliIo, out: string, lang: Language): Promise<boolean> {
  if (!(await fileExists(io, out))) return false;
  say(
    io,
    lang,
    `--out ${out} đã có; báo cáo không ghi đè tệp có sẵn: hãy chọn tên tệp khác.`,
    `--out ${out} already exists; a report never replaces a file: choose another name.`,
  );
  return true;
}

async function checkFile(
  io: CliIo,
  file: string,
  options: ReportCommandOptions,
  period: PeriodId | undefined,
): Promise<WorkbookCheck | undefined> {
  const workbook = await openInput(io, file, options.lang);
  if (!workbook) return undefined;
  return checkWorkbook(await workbook.read(), {
    lang: options.lang,
    highlight: false,
    ...(period ? { period } : {}),
    ...(options.tolerance === undefined ? {} : { atRiskTolerance: options.tolerance }),
  });
}

async function planReportFile(
  io: CliIo,
  file: string,
  options: ReportCommandOptions,
): Promise<ExitCode> {
  const lang = options.lang;
  const check = await checkFile(io, file, options, options.period);
  if (!check) return EXIT.unreadable;
  const none = noPlanTableFinding(check, file);
  if (none) {
    io.stderr(`${findingMessage(none, lang)}\n`);
    return EXIT.unreadable;
  }
  // The sub-units are judged for the period the report is for.
  const subUnitChecks: WorkbookCheck[] = [];
  for (const unitFile of options.units ?? []) {
    const unit = await checkFile(io, unitFile, options, check.summary.period);
    if (!unit) return EXIT.unreadable;
    subUnitChecks.push(unit);
  }
  const report = planReport(check, { lang, subUnitChecks });
  await io.writeFile(options.out, await planDocx(report, resvgPng));
  io.stdout(`${report.sentence}\n`);
  if (report.subUnits) {
    const n = report.subUnits.rows.length;
    io.stdout(lang === "vi" ? `Đơn vị trực thuộc: ${n}.\n` : `Sub-units: ${n}.\n`);
  }
  io.stdout(`${lang === "vi" ? "Đã ghi" : "Wrote"} ${options.out}\n`);
  return EXIT.ran;
}

async function budgetReportFile(
  io: CliIo,
  file: string,
  options: ReportCommandOptions,
): Promise<ExitCode> {
  const lang = options.lang;
  const workbook = await openInput(io, file, lang);
  if (!workbook) return EXIT.unreadable;
  const check = checkBudgetWorkbook(await workbook.read(), {
    lang,
    highlight: false,
    chart: false,
    ...(options.period ? { period: options.period } : {}),
  });
  if (check.sheets.every((s) => s.tables.length === 0)) {
    say(
      io,
      lang,
      `Không tìm thấy bảng ngân sách nào trong ${file} (cần cột Nội dung và cột Dự toán, Thực hiện, Quyết toán, Tỷ trọng hoặc Số lượng): không có gì để báo cáo.`,
      `No budget table found in ${file} (it needs an Item column and an Estimate, Actual, Final accounts, Share or Number column): nothing to report.`,
    );
    return EXIT.unreadable;
  }
  const report = budgetReport(check, lang);
  await io.writeFile(options.out, await budgetDocx(report, resvgPng));
  for (const table of report.tables) io.stdout(`${table.heading}: ${table.sentence}\n`);
  io.stdout(`${lang === "vi" ? "Đã ghi" : "Wrote"} ${options.out}\n`);
  return EXIT.ran;
}

/**
 * `chitieu report plan.xlsx --out bao-cao.docx` and `chitieu report --budget ngan-sach.xlsx
 * --out …`: checks the workbook as `check` or `budget` does (writing nothing into it) and
 * writes the report as a Word document in the official layout.
 */
export async function reportCommand(
  io: CliIo,
  file: string | undefined,
  options: ReportCommandOptions,
): Promise<ExitCode> {
  const lang = options.lang;
  if ((file === undefined) === (options.budget === undefined)) {
    say(
      io,
      lang,
      "Cần đúng một sổ tính: chitieu report ke-hoach.xlsx --out bao-cao.docx, hoặc chitieu report --budget ngan-sach.xlsx --out bao-cao.docx.",
      "Give exactly one workbook: chitieu report plan.xlsx --out report.docx, or chitieu report --budget budget.xlsx --out report.docx.",
    );
    return EXIT.unreadable;
  }
  if (options.budget !== undefined && (options.units ?? []).length > 0) {
    say(
      io,
      lang,
      "--units chỉ dùng cho báo cáo chỉ tiêu, không dùng với --budget.",
      "--units is for plan reports, not with --budget.",
    );
    return EXIT.unreadable;
  }
  const inputs = [file, options.budget, ...(options.units ?? [])];
  if (outIsInput(io, options.out, inputs, lang)) return EXIT.unreadable;
  if (await outTaken(io, options.out, lang)) return EXIT.unreadable;
  if (options.budget !== undefined) return budgetReportFile(io, options.budget, options);
  return planReportFile(io, file as string, options);
}
