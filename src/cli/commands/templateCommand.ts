import type { Language } from "../../engine/model/status";
import { findTemplate } from "../../engine/templates/catalogue";
import { TEMPLATE_IDS } from "../../engine/templates/types";
import { createWorkbook } from "../../hosts/xlsx";
import { changeSet } from "../../workbook/changeSet";
import { subUnitsRefusal } from "../../workbook/templates/subUnitsRefusal";
import { templateChanges } from "../../workbook/templates/templateChanges";
import { EXIT, type CliIo, type ExitCode } from "../io";
import { openInput, type OpenedWorkbook } from "../openInput";
import { fileExists, outExists } from "../outExists";
import { sheetClash } from "../sheetClash";

export interface TemplateCommandOptions {
  unit: string;
  year: number;
  wards?: string[];
  out: string;
  /** Add the template's sheets to the workbook at `out` instead of refusing to replace it. */
  into?: boolean;
  lang: Language;
}

/** The workbook the sheets go into: the one at `out` with --into, else a new one. */
async function targetWorkbook(
  io: CliIo,
  options: TemplateCommandOptions,
): Promise<OpenedWorkbook | undefined> {
  if (options.into && (await fileExists(io, options.out)))
    return openInput(io, options.out, options.lang);
  return createWorkbook();
}

/**
 * `chitieu template <id> --unit … [--year …] [--wards …] --out … [--into]`: a template's
 * sheets in a new workbook, or added to the one at --out with --into. Never replaces a file.
 */
export async function templateCommand(
  io: CliIo,
  id: string,
  options: TemplateCommandOptions,
): Promise<ExitCode> {
  const { lang, out } = options;
  const template = findTemplate(id);
  if (!template) {
    const known = TEMPLATE_IDS.join(", ");
    io.stderr(
      lang === "vi"
        ? `Không có mẫu “${id}”. Các mẫu: ${known}.\n`
        : `No template “${id}”. Templates: ${known}.\n`,
    );
    return EXIT.unreadable;
  }
  const wards = options.wards ?? [];
  const refusal = subUnitsRefusal(template.id, wards, lang);
  if (refusal) {
    io.stderr(`${refusal}\n`);
    return EXIT.unreadable;
  }
  if (!options.into && (await outExists(io, out, lang))) return EXIT.unreadable;
  const workbook = await targetWorkbook(io, options);
  if (!workbook) return EXIT.unreadable;
  const existing = (await workbook.listSheets()).map((s) => s.name);
  const output = templateChanges({
    template: template.id,
    unit: options.unit,
    year: options.year,
    lang,
    subUnits: wards,
  });
  if (sheetClash(io, out, existing, output.sheets, lang)) return EXIT.unreadable;
  await workbook.apply(changeSet(output.changes));
  await io.writeFile(out, await workbook.toBuffer());
  const sheets = output.sheets.join(", ");
  const added = existing.length > 0;
  io.stdout(
    lang === "vi"
      ? `${added ? "Đã thêm vào" : "Đã ghi"} ${out}: ${sheets}\n`
      : `${added ? "Added to" : "Wrote"} ${out}: ${sheets}\n`,
  );
  return EXIT.ran;
}
