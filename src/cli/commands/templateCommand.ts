import type { Language } from "../../engine/model/status";
import { findTemplate } from "../../engine/templates/catalogue";
import { TEMPLATE_IDS } from "../../engine/templates/types";
import { createWorkbook } from "../../hosts/xlsx";
import { changeSet } from "../../workbook/changeSet";
import { templateChanges } from "../../workbook/templates/templateChanges";
import { EXIT, type CliIo, type ExitCode } from "../io";

export interface TemplateCommandOptions {
  unit: string;
  year: number;
  wards?: string[];
  out: string;
  lang: Language;
}

/** `chitieu template <id> --unit … --year … [--wards …] --out …`: a new workbook from a template. */
export async function templateCommand(
  io: CliIo,
  id: string,
  options: TemplateCommandOptions,
): Promise<ExitCode> {
  const template = findTemplate(id);
  if (!template) {
    const known = TEMPLATE_IDS.join(", ");
    io.stderr(
      options.lang === "vi"
        ? `Không có mẫu “${id}”. Các mẫu: ${known}.\n`
        : `No template “${id}”. Templates: ${known}.\n`,
    );
    return EXIT.unreadable;
  }
  const workbook = createWorkbook();
  const output = templateChanges({
    template: template.id,
    unit: options.unit,
    year: options.year,
    lang: options.lang,
    ...(options.wards ? { subUnits: options.wards } : {}),
  });
  await workbook.apply(changeSet(output.changes));
  await io.writeFile(options.out, await workbook.toBuffer());
  const sheets = output.sheets.join(", ");
  io.stdout(
    options.lang === "vi"
      ? `Đã ghi ${options.out}: ${sheets}\n`
      : `Wrote ${options.out}: ${sheets}\n`,
  );
  return EXIT.ran;
}
