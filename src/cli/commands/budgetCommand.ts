import { findingMessage, hasErrors } from "../../engine/findings/finding";
import { sameSheetName } from "../../workbook/templates/sheetName";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { budgetReportJson } from "../../workbook/budget/check/budgetReportJson";
import { checkBudgetWorkbook } from "../../workbook/budget/check/checkBudgetWorkbook";
import { hasNoFigures, noFiguresFinding } from "../../workbook/budget/check/noFigures";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { openInput } from "../openInput";
import { printFindings } from "../printFindings";
import { outIsInput } from "../outIsInput";

export interface BudgetCommandOptions {
  period?: PeriodId;
  out?: string;
  json?: boolean;
  strict?: boolean;
  /** Check only these sheets. */
  sheet?: string[];
  lang: Language;
}

/**
 * `chitieu budget <file.xlsx>`: read every budget table, check it, optionally write the owned
 * "% dự toán (tính)" and "Đánh giá" columns, notes and the chart sheet.
 */
export async function budgetCommand(
  io: CliIo,
  file: string,
  options: BudgetCommandOptions,
): Promise<ExitCode> {
  const lang = options.lang;
  if (outIsInput(io, options.out, [file], lang)) return EXIT.unreadable;
  const workbook = await openInput(io, file, lang);
  if (!workbook) return EXIT.unreadable;
  const snapshot = await workbook.read();
  const names = snapshot.sheets.map((s) => s.name);
  const unknown = (options.sheet ?? []).filter((w) => !names.some((n) => sameSheetName(n, w)));
  if (unknown.length > 0) {
    const list = names.map((n) => `“${n}”`).join(", ");
    const asked = unknown.map((n) => `“${n}”`).join(", ");
    io.stderr(
      lang === "vi"
        ? `${file}: không có trang ${asked}. Các trang: ${list}.\n`
        : `${file}: no sheet ${asked}. Sheets: ${list}.\n`,
    );
    return EXIT.unreadable;
  }
  const check = checkBudgetWorkbook(snapshot, {
    lang,
    ...(options.period ? { period: options.period } : {}),
    ...(options.sheet && options.sheet.length > 0 ? { sheets: options.sheet } : {}),
  });
  if (options.out) {
    await workbook.apply(check.changes);
    await io.writeFile(options.out, await workbook.toBuffer());
  }
  const tableCount = check.sheets.reduce((n, s) => n + s.tables.length, 0);
  const blank = check.sheets.flatMap((s) => s.tables.filter((t) => hasNoFigures(t.check)));
  if (options.json) {
    const findings = [...check.findings, ...blank.map((t) => noFiguresFinding(t.table))];
    const sentences = check.sentences.filter((s) => !blank.some((t) => t.check.sentence === s));
    const report = budgetReportJson({ ...check, findings, sentences }, file, lang);
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (tableCount === 0) {
    io.stdout(
      lang === "vi"
        ? `Không tìm thấy bảng ngân sách nào trong ${file} (cần cột Nội dung và cột Dự toán, Thực hiện, Quyết toán, Tỷ trọng hoặc Số lượng).\n`
        : `No budget table found in ${file} (it needs an Item column and an Estimate, Actual, Final accounts, Share or Number column).\n`,
    );
    if (options.out) io.stdout(`${lang === "vi" ? "Đã ghi" : "Wrote"} ${options.out}\n`);
  } else {
    for (const sheet of check.sheets) {
      for (const checked of sheet.tables) {
        const { table, check: budget } = checked;
        const title = table.unitName ? `${sheet.sheet} — ${table.unitName}` : sheet.sheet;
        // A template with no figures says so, rather than nothing or a sentence of zeros.
        if (blank.includes(checked))
          io.stdout(`${title}: ${findingMessage(noFiguresFinding(table), lang)}\n`);
        else if (budget.sentence.trim() !== "") io.stdout(`${title}: ${budget.sentence}\n`);
      }
    }
    printFindings(io, check.findings, lang);
    if (options.out) {
      const chart = check.chartSheet
        ? lang === "vi"
          ? `, biểu đồ ở trang “${check.chartSheet}”`
          : `, chart on sheet “${check.chartSheet}”`
        : "";
      io.stdout(`\n${lang === "vi" ? "Đã ghi" : "Wrote"} ${options.out}${chart}\n`);
    }
  }
  return options.strict && hasErrors(check.findings) ? EXIT.errors : EXIT.ran;
}
