import { finding, findingMessage, hasErrors, type Finding } from "../engine/findings/finding";
import type { Language } from "../engine/model/status";
import { checkReportJson } from "../workbook/check/checkReportJson";
import type { WorkbookCheck } from "../workbook/check/checkWorkbook";
import { EXIT, type CliIo, type ExitCode } from "./io";
import { printFindings } from "./printFindings";

/**
 * The finding for a file in which no sheet holds a plan table, saying which headers were looked
 * for and which sheets were read; undefined when some table was found. It points at the first
 * sheet's own "no plan table" place.
 */
export function noPlanTableFinding(check: WorkbookCheck, file: string): Finding | undefined {
  if (check.sheets.some((s) => s.tables.length > 0)) return undefined;
  const first = check.findings.find((f) => f.rule === "no_plan_table");
  const sheets = check.sheets.map((s) => `“${s.sheet}”`).join(", ");
  return finding(
    "no_plan_table_in_file",
    { file, count: check.sheets.length, sheets: sheets || "—" },
    {
      ...(first?.sheet === undefined ? {} : { sheet: first.sheet }),
      ...(first?.cell === undefined ? {} : { cell: first.cell }),
    },
  );
}

export interface NoPlanTableOptions {
  out?: string;
  json?: boolean;
  strict?: boolean;
  lang: Language;
}

/**
 * What `chitieu check` prints when the file has no plan table: the finding first, no summary
 * sentence (never "Hoàn thành 0/0 chỉ tiêu"); in JSON the finding leads the findings and
 * stands as the summary's sentence.
 */
export function reportNoPlanTable(
  io: CliIo,
  check: WorkbookCheck,
  missing: Finding,
  file: string,
  options: NoPlanTableOptions,
): ExitCode {
  const lang = options.lang;
  const message = findingMessage(missing, lang);
  if (options.json) {
    const report = checkReportJson(
      { ...check, findings: [missing, ...check.findings] },
      file,
      lang,
    );
    report.summary.sentence = message;
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(`${message}\n`);
    printFindings(io, check.findings, lang);
    if (options.out) io.stdout(`\n${lang === "vi" ? "Đã ghi" : "Wrote"} ${options.out}\n`);
  }
  return options.strict && hasErrors(check.findings) ? EXIT.errors : EXIT.ran;
}
