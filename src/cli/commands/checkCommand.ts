import { hasErrors } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import { STATUS_IDS, STATUS_LABELS, type Language } from "../../engine/model/status";
import { reportSentence } from "../../engine/report/reportSentence";
import { checkReportJson } from "../../workbook/check/checkReportJson";
import { checkWorkbook } from "../../workbook/check/checkWorkbook";
import { tableLabel } from "../../workbook/tableLabel";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { noPlanTableFinding, reportNoPlanTable } from "../noPlanTable";
import { openInput } from "../openInput";
import { printFindings } from "../printFindings";
import { outIsInput } from "../outIsInput";

export interface CheckCommandOptions {
  period?: PeriodId;
  out?: string;
  json?: boolean;
  strict?: boolean;
  tolerance?: number;
  lang: Language;
}

/** `chitieu check <file.xlsx>`: read every plan table, judge it, optionally write the highlights. */
export async function checkCommand(
  io: CliIo,
  file: string,
  options: CheckCommandOptions,
): Promise<ExitCode> {
  if (outIsInput(io, options.out, [file], options.lang)) return EXIT.unreadable;
  const workbook = await openInput(io, file, options.lang);
  if (!workbook) return EXIT.unreadable;
  const snapshot = await workbook.read();
  const check = checkWorkbook(snapshot, {
    lang: options.lang,
    ...(options.period ? { period: options.period } : {}),
    ...(options.tolerance === undefined ? {} : { atRiskTolerance: options.tolerance }),
  });
  if (options.out) {
    await workbook.apply(check.changes);
    await io.writeFile(options.out, await workbook.toBuffer());
  }
  const noTable = noPlanTableFinding(check, file);
  if (noTable) return reportNoPlanTable(io, check, noTable, file, options);
  const all = check.results;
  if (options.json) {
    io.stdout(`${JSON.stringify(checkReportJson(check, file, options.lang), null, 2)}\n`);
  } else {
    const lang = options.lang;
    for (const sheet of check.sheets) {
      for (const { table, check: plan } of sheet.tables) {
        const label = tableLabel(table);
        const title = label ? `${sheet.sheet} — ${label}` : sheet.sheet;
        io.stdout(`${title}: ${reportSentence(plan.summary, plan.results, lang)}\n`);
      }
    }
    const counts = STATUS_IDS.filter((id) => check.summary.counts[id] > 0)
      .map((id) => `${STATUS_LABELS[lang][id]} ${check.summary.counts[id]}`)
      .join(", ");
    io.stdout(
      `\n${lang === "vi" ? "Toàn bộ" : "Overall"}: ${reportSentence(check.summary, all, lang)}\n${counts}\n`,
    );
    printFindings(io, check.findings, lang);
    if (options.out) io.stdout(`\n${lang === "vi" ? "Đã ghi" : "Wrote"} ${options.out}\n`);
  }
  return options.strict && hasErrors(check.findings) ? EXIT.errors : EXIT.ran;
}
