import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isPeriodId, PERIOD_IDS, type PeriodId } from "../engine/model/period";
import type { Language } from "../engine/model/status";
import { budgetCommand } from "./commands/budgetCommand";
import { checkCommand } from "./commands/checkCommand";
import { consolidateCommand } from "./commands/consolidateCommand";
import { demoCommand } from "./commands/demoCommand";
import { templateCommand } from "./commands/templateCommand";
import { templatesCommand } from "./commands/templatesCommand";
import { EXIT, type CliIo, type ExitCode } from "./io";

function period(value: string): PeriodId {
  if (!isPeriodId(value)) throw new InvalidArgumentError(`q1, 6m, 9m, year`);
  return value;
}

/** --period, shared by the commands that judge figures for a reporting period. */
function periodOption(): Option {
  return new Option("--period <period>", "kỳ báo cáo").choices([...PERIOD_IDS]).argParser(period);
}

const JSON_OPTION = ["--json", "in báo cáo JSON"] as const;
const STRICT_OPTION = ["--strict", "thoát mã 1 khi có lỗi số liệu"] as const;

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
  const lang = (options: { lang?: string }): Language => (options.lang === "en" ? "en" : "vi");
  const program = new Command("chitieu")
    .description("Chỉ tiêu: kiểm tra chỉ tiêu kế hoạch phát triển kinh tế - xã hội trên tệp .xlsx")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .addOption(
      new Option("--lang <lang>", "ngôn ngữ / language").choices(["vi", "en"]).default("vi"),
    );

  program
    .command("templates")
    .description("liệt kê các mẫu kế hoạch / list the plan templates")
    .option("--json", "JSON")
    .action((options: { json?: boolean }) => {
      exit = templatesCommand(io, { json: options.json, lang: lang(program.opts()) });
    });

  program
    .command("template <id>")
    .description("tạo tệp kế hoạch từ mẫu / write a workbook from a template")
    .requiredOption("--unit <name>", 'đơn vị, ví dụ "Quận 7"')
    .requiredOption("--year <year>", "năm kế hoạch", year)
    .option("--wards <names>", "đơn vị cấp dưới, cách nhau bởi dấu phẩy", list)
    .requiredOption("--out <file.xlsx>", "tệp kết quả")
    .action(
      async (
        id: string,
        options: { unit: string; year: number; wards?: string[]; out: string },
      ) => {
        exit = await templateCommand(io, id, { ...options, lang: lang(program.opts()) });
      },
    );

  program
    .command("check <file>")
    .description("kiểm tra các bảng chỉ tiêu / check every plan table")
    .addOption(periodOption())
    .option("--out <file.xlsx>", "ghi tệp đã tô màu và đánh giá")
    .option(...JSON_OPTION)
    .option(...STRICT_OPTION)
    .option("--tolerance <percent>", "ngưỡng có nguy cơ (%), mặc định 10", tolerance)
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
    .description("kiểm tra các bảng thu, chi ngân sách / check every budget table")
    .addOption(periodOption())
    .option("--out <file.xlsx>", "ghi tệp có cột % dự toán, đánh giá, ghi chú và biểu đồ")
    .option(...JSON_OPTION)
    .option(...STRICT_OPTION)
    .option("--sheet <name>", "chỉ kiểm tra trang này (lặp lại cho nhiều trang)", repeated)
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
    .description("tổng hợp báo cáo các đơn vị cấp dưới / consolidate sub-unit reports")
    .option("--plan <parent.xlsx>", "kế hoạch của đơn vị cấp trên (chỉ tiêu giao, cách tổng hợp)")
    .requiredOption("--out <file.xlsx>", "tệp kết quả")
    .addOption(periodOption())
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
    .command("demo")
    .description("tạo bộ tệp mẫu có số liệu, kiểm tra và tô màu / write and check sample workbooks")
    .option("--out <folder>", "thư mục", "demo")
    .action(async (options: { out: string }) => {
      exit = await demoCommand(io, options.out, lang(program.opts()));
    });

  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ran : EXIT.unreadable;
    }
    throw error;
  }
  return exit;
}
