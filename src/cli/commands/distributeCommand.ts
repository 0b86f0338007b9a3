import { findingMessage, findingPlace, hasErrors } from "../../engine/findings/finding";
import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { createWorkbook } from "../../hosts/xlsx";
import { distribution } from "../../workbook/distribute/distribute";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { openInput } from "../openInput";
import { SEVERITY_WORDS } from "../severityWord";

export interface DistributeCommandOptions {
  out: string;
  period?: PeriodId;
  units?: string[];
  deadline?: string;
  tolerance?: number;
  json?: boolean;
  lang: Language;
  /** The date the workbooks carry (tests fix it). */
  issued?: Date;
}

function joinPath(folder: string, file: string): string {
  return folder.endsWith("/") || folder.endsWith("\\") ? `${folder}${file}` : `${folder}/${file}`;
}

/**
 * `chitieu distribute parent.xlsx --out dir/`: one workbook per sub-unit the parent names, each
 * with its targets, formulas that judge as the add-in does, entry checks, the instructions and
 * whom it is for; named by unit and period.
 */
export async function distributeCommand(
  io: CliIo,
  file: string,
  options: DistributeCommandOptions,
): Promise<ExitCode> {
  const { lang } = options;
  const workbook = await openInput(io, file, lang);
  if (!workbook) return EXIT.unreadable;
  const result = distribution(await workbook.read(), {
    lang,
    ...(options.period ? { period: options.period } : {}),
    ...(options.units ? { units: options.units } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
    ...(options.tolerance === undefined ? {} : { atRiskTolerance: options.tolerance }),
    ...(options.issued ? { issued: options.issued } : {}),
  });
  const written: Array<{ unit: string; file: string; indicators: number }> = [];
  // One sub-unit at a time: made, written, let go.
  for (const unit of result.units) {
    const ward = result.workbook(unit);
    const book = createWorkbook();
    await book.apply(ward.changes);
    const path = joinPath(options.out, ward.fileName);
    await io.writeFile(path, await book.toBuffer());
    written.push({ unit: ward.unit, file: path, indicators: ward.given.length });
  }
  const period = PERIOD_LABELS[lang][result.period];
  if (options.json) {
    const doc = {
      parent: result.parent,
      year: result.year,
      period: result.period,
      files: written,
      findings: result.findings.map((f) => ({
        severity: f.severity,
        rule: f.rule,
        sheet: f.sheet ?? null,
        cell: f.cell ?? null,
        message: findingMessage(f, lang),
      })),
    };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    for (const f of result.findings) {
      const place = findingPlace(f);
      io.stdout(
        `${SEVERITY_WORDS[lang][f.severity]}: ${place ? `${place}: ` : ""}${findingMessage(f, lang)}\n`,
      );
    }
    for (const w of written) {
      io.stdout(
        lang === "vi"
          ? `${w.unit}: ${w.indicators} chỉ tiêu → ${w.file}\n`
          : `${w.unit}: ${w.indicators} targets → ${w.file}\n`,
      );
    }
    if (written.length > 0) {
      io.stdout(
        lang === "vi"
          ? `\nĐã giao chỉ tiêu ${period.toLocaleLowerCase("vi")} năm ${result.year} của ${result.parent} cho ${written.length} đơn vị.\n`
          : `\nDistributed ${result.parent}'s targets (${period.toLowerCase()} ${result.year}) to ${written.length} sub-units.\n`,
      );
    }
  }
  if (written.length === 0) return hasErrors(result.findings) ? EXIT.errors : EXIT.ran;
  return EXIT.ran;
}
