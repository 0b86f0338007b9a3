import { findingMessage, hasErrors, type Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { createWorkbook } from "../../hosts/xlsx";
import { consolidateUnitTables } from "../../workbook/consolidate/consolidateWorkbooks";
import { consolidationReportJson } from "../../workbook/consolidate/consolidationReportJson";
import { consolidationSheets } from "../../workbook/consolidate/consolidationSheets";
import type { UnitTables } from "../../workbook/consolidate/unitTables";
import { changeSet } from "../../workbook/changeSet";
import { collectReturns, trackerChanges } from "../../workbook/distribute/collect/collectReturns";
import { inspectReturn, type ReturnedFile } from "../../workbook/distribute/collect/returnedFile";
import { trackerRows } from "../../workbook/distribute/collect/tracker";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { baseName, printTracker } from "../collectInputs";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { openInput } from "../openInput";
import { printFindings } from "../printFindings";
import { outIsInput } from "../outIsInput";
import { SEVERITY_WORDS } from "../severityWord";

export interface ConsolidateCommandOptions {
  plan?: string;
  /** Exit 1 when any finding is an error (a sub-unit's bad entry, a missing code…). */
  strict?: boolean;
  out: string;
  json?: boolean;
  period?: PeriodId;
  lang: Language;
}

/** Opens every input; each one that cannot be read says so in one line. */
async function readAll(io: CliIo, files: readonly string[], lang: Language) {
  const snapshots: Array<WorkbookSnapshot | undefined> = [];
  for (const file of files) {
    const workbook = await openInput(io, file, lang);
    snapshots.push(workbook ? await workbook.read() : undefined);
  }
  return snapshots;
}

/**
 * Reads the sub-units' workbooks one at a time, keeping only the plan tables each gives and
 * what it carries (inspectReturn: a distributed workbook's identity, its report sheet alone):
 * a province's 168 wards are never all in memory as snapshots and packages at once. Every file
 * is tried, so that each unreadable one is named; undefined when any could not be read.
 */
async function readUnits(
  io: CliIo,
  files: readonly string[],
  lang: Language,
): Promise<{ units: UnitTables[]; returns: ReturnedFile[] } | undefined> {
  const units: UnitTables[] = [];
  const returns: ReturnedFile[] = [];
  let unreadable = false;
  for (const [book, file] of files.entries()) {
    const workbook = await openInput(io, file, lang);
    if (!workbook) unreadable = true;
    else if (!unreadable) {
      const inspected = inspectReturn(baseName(file), await workbook.read(), book);
      returns.push(inspected.returned);
      units.push(inspected.units);
    }
  }
  return unreadable ? undefined : { units, returns };
}

/**
 * `chitieu consolidate <file.xlsx...> [--plan parent.xlsx] --out report.xlsx`: rolls the
 * sub-units' sheets up into the parent's and writes the consolidated, source and matrix
 * sheets into a new workbook.
 */
export async function consolidateCommand(
  io: CliIo,
  files: readonly string[],
  options: ConsolidateCommandOptions,
): Promise<ExitCode> {
  const { lang } = options;
  if (outIsInput(io, options.out, [...files, options.plan], lang)) return EXIT.unreadable;
  // Every input is tried, so that each unreadable one is named, not only the first.
  const [parent] = options.plan === undefined ? [] : await readAll(io, [options.plan], lang);
  const read = await readUnits(io, files, lang);
  if ((options.plan !== undefined && !parent) || !read) return EXIT.unreadable;
  // Workbooks the add-in distributed are known by what they carry: checked, one per sub-unit.
  const collected = read.returns.some((r) => r.identity)
    ? collectReturns(read.returns, parent, options.period ? { period: options.period } : {})
    : undefined;
  const period = options.period ?? collected?.settlement.period;
  const consolidated = consolidateUnitTables(
    collected ? collected.accepted.map((i) => read.units[i]) : read.units,
    parent,
    {
      lang,
      ...(period ? { period } : {}),
      ...(collected ? { expectedUnits: collected.settlement.expected } : {}),
    },
  );
  const result = collected
    ? { ...consolidated, findings: [...collected.settlement.findings, ...consolidated.findings] }
    : consolidated;
  // Each file's errors and warnings: the collection's and its sheets' in the consolidation.
  if (collected) collected.tracker = trackerRows(collected.settlement, result.findings);
  const workbook = createWorkbook();
  const existingSheets = (await workbook.read()).sheets.map((s) => s.name);
  const sheets = consolidationSheets(result, {
    lang,
    existingSheets,
    ...(result.parentUnit === undefined ? {} : { parentUnit: result.parentUnit }),
  });
  await workbook.apply(sheets.changes);
  if (collected) {
    const taken = [sheets.summarySheet, sheets.sourcesSheet, sheets.matrixSheet];
    await workbook.apply(changeSet(trackerChanges(collected, taken, lang).changes));
  }
  await io.writeFile(options.out, await workbook.toBuffer());

  if (options.json) {
    const doc = consolidationReportJson(
      result,
      { files, out: options.out, ...(options.plan === undefined ? {} : { plan: options.plan }) },
      lang,
    );
    const submissions = collected ? { submissions: collected.tracker } : {};
    io.stdout(`${JSON.stringify({ ...doc, ...submissions }, null, 2)}\n`);
    return exitFor(result.findings, options.strict);
  }
  // The add-in's own sheets fed back in: one line each, before the report.
  const skipped = result.findings.filter((f) => f.rule === "own_output_skipped");
  for (const f of skipped) io.stdout(`${SEVERITY_WORDS[lang].info}: ${findingMessage(f, lang)}\n`);
  io.stdout(`${result.sentence}\n`);
  if (collected) printTracker(io, collected, lang);
  printFindings(
    io,
    result.findings.filter((f) => f.rule !== "own_output_skipped"),
    lang,
  );
  io.stdout(`\n${lang === "vi" ? "Đã ghi" : "Wrote"} ${options.out}\n`);
  return exitFor(result.findings, options.strict);
}

function exitFor(findings: readonly Finding[], strict: boolean | undefined): ExitCode {
  return strict && hasErrors(findings) ? EXIT.errors : EXIT.ran;
}
