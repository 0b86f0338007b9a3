import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isPeriodId, PERIOD_IDS, type PeriodId } from "../engine/model/period";
import type { Language } from "../engine/model/status";
import { planYear } from "../engine/templates/planYear";
import { budgetCommand } from "./commands/budgetCommand";
import { checkCommand } from "./commands/checkCommand";
import { consolidateCommand } from "./commands/consolidateCommand";
import { demoCommand } from "./commands/demoCommand";
import type { ReportCommandOptions } from "./commands/reportCommand";
import { distributeCommand, type DistributeCommandOptions } from "./commands/distributeCommand";
import { templateCommand } from "./commands/templateCommand";
import { templatesCommand } from "./commands/templatesCommand";
import { isWorkbookOpenError } from "../hosts/xlsx";
import { cliLanguage } from "./cliLanguage";
import { helpInLanguage, translateError } from "./commanderText";
import { HELP_TEXT, type HelpText } from "./helpText";
import { EXIT, type CliIo, type ExitCode } from "./io";
import { VERSION } from "./version";
import { isWriteFailure, writeFailureMessage } from "./writeFailure";

function period(value: string): PeriodId {
  if (!isPeriodId(value)) throw new InvalidArgumentError(`q1, 6m, 9m, year`);
  return value;
}

/** --period, shared by the commands that judge figures for a reporting period. */
function periodOption(text: HelpText): Option {
  return new Option("--period <period>", text.period).choices([...PERIOD_IDS]).argParser(period);
}

function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1990 || n > 2100) throw new InvalidArgumentError("1990–2100");
  return n;
}

function tolerance(value: string): number {
  const n = Number(value.replace(",", ".").replace("%", ""));
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError("0–100 (%)");
  return n / 100;
}

function list(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function repeated(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Runs `chitieu` with the arguments after the program name; resolves to the exit code. */
export async function main(args: readonly string[], io: CliIo): Promise<ExitCode> {
  let exit: ExitCode = EXIT.ran;
  const text = HELP_TEXT[cliLanguage(args)];
  const lang = (options: { lang?: string }): Language => (options.lang === "en" ? "en" : "vi");
  const program = new Command("chitieu")
    .description(text.program)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(translateError(s, cliLanguage(args))),
    })
    .configureHelp(helpInLanguage(cliLanguage(args)))
    .showHelpAfterError(text.seeHelp)
    .helpOption("-h, --help", text.help)
    .helpCommand("help [command]", text.helpCommand)
    .version(VERSION, "-V, --version", text.version)
    .addOption(new Option("--lang <lang>", text.lang).choices(["vi", "en"]).default("vi"));
  const JSON_OPTION = ["--json", text.json] as const;
  const STRICT_OPTION = ["--strict", text.strict] as const;

  program
    .command("templates")
    .description(text.templates)
    .option(...JSON_OPTION)
    .action((options: { json?: boolean }) => {
      exit = templatesCommand(io, { json: options.json, lang: lang(program.opts()) });
    });

  program
    .command("template <id>")
    .description(text.template)
    .requiredOption("--unit <name>", text.unit)
    .option("--year <year>", text.year, year, planYear(new Date()))
    .option("--wards <names>", text.wards, list)
    .requiredOption("--out <file.xlsx>", text.templateOut)
    .option("--into", text.into)
    .action(
      async (
        id: string,
        options: { unit: string; year: number; wards?: string[]; out: string; into?: boolean },
      ) => {
        exit = await templateCommand(io, id, { ...options, lang: lang(program.opts()) });
      },
    );

  program
    .command("check <file>")
    .description(text.check)
    .addOption(periodOption(text))
    .option("--out <file.xlsx>", text.checkOut)
    .option(...JSON_OPTION)
    .option(...STRICT_OPTION)
    .option("--tolerance <percent>", text.tolerance, tolerance)
    .action(
      async (
        file: string,
        options: {
          period?: PeriodId;
          out?: string;
          json?: boolean;
          strict?: boolean;
          tolerance?: number;
        },
      ) => {
        exit = await checkCommand(io, file, { ...options, lang: lang(program.opts()) });
      },
    );

  program
    .command("budget <file>")
    .description(text.budget)
    .addOption(periodOption(text))
    .option("--out <file.xlsx>", text.budgetOut)
    .option(...JSON_OPTION)
    .option(...STRICT_OPTION)
    .option("--sheet <name>", text.sheet, repeated)
    .action(
      async (
        file: string,
        options: {
          period?: PeriodId;
          out?: string;
          json?: boolean;
          strict?: boolean;
          sheet?: string[];
        },
      ) => {
        exit = await budgetCommand(io, file, { ...options, lang: lang(program.opts()) });
      },
    );

  program
    .command("consolidate <files...>")
    .description(text.consolidate)
    .option("--plan <parent.xlsx>", text.plan)
    .requiredOption("--out <file.xlsx>", text.consolidateOut)
    .addOption(periodOption(text))
    .option(...JSON_OPTION)
    .option(...STRICT_OPTION)
    .action(
      async (
        files: string[],
        options: {
          plan?: string;
          out: string;
          json?: boolean;
          period?: PeriodId;
          strict?: boolean;
        },
      ) => {
        exit = await consolidateCommand(io, files, { ...options, lang: lang(program.opts()) });
      },
    );

  program
    .command("report [file]")
    .description(text.report)
    .option("--budget <file.xlsx>", text.reportBudget)
    .option("--units <files...>", text.reportUnits)
    .addOption(periodOption(text))
    .option("--tolerance <percent>", text.tolerance, tolerance)
    .requiredOption("--out <file.docx>", text.reportOut)
    .action(async (file: string | undefined, options: Omit<ReportCommandOptions, "lang">) => {
      // The .docx library loads only for this command: the others start as fast as before.
      const { reportCommand } = await import("./commands/reportCommand");
      exit = await reportCommand(io, file, { ...options, lang: lang(program.opts()) });
    });

  program
    .command("distribute <parent>")
    .description(text.distribute)
    .requiredOption("--out <folder>", text.distributeOut)
    .addOption(periodOption(text))
    .option("--units <names>", text.units, list)
    .option("--deadline <date>", text.deadline)
    .option("--tolerance <percent>", text.tolerance, tolerance)
    .option(...JSON_OPTION)
    .action(async (parent: string, options: Omit<DistributeCommandOptions, "lang" | "issued">) => {
      exit = await distributeCommand(io, parent, { ...options, lang: lang(program.opts()) });
    });

  program
    .command("demo")
    .description(text.demo)
    .option("--out <folder>", text.folder, "demo")
    .action(async (options: { out: string }) => {
      exit = await demoCommand(io, options.out, lang(program.opts()));
    });

  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ran : EXIT.unreadable;
    }
    // A part only --out needs (the reader never inflates it) turned out damaged: the file is
    // refused in its one line, as when opening it, not reported as a bug.
    if (isWorkbookOpenError(error)) {
      io.stderr(`${lang(program.opts()) === "vi" ? error.messageVi : error.messageEn}\n`);
      return EXIT.unreadable;
    }
    if (isWriteFailure(error)) {
      io.stderr(`${writeFailureMessage(error, lang(program.opts()))}\n`);
      return EXIT.unreadable;
    }
    throw error;
  }
  return exit;
}
