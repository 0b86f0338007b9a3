import type { Language } from "../../engine/model/status";
import { reportSentence } from "../../engine/report/reportSentence";
import { getTemplate } from "../../engine/templates/catalogue";
import type { PlanTemplateId } from "../../engine/templates/types";
import { createWorkbook } from "../../hosts/exceljs/createWorkbook";
import { changeSet } from "../../workbook/changeSet";
import { checkWorkbook } from "../../workbook/check/checkWorkbook";
import { templateChanges } from "../../workbook/templates/templateChanges";
import { fillDemoFigures } from "../../workbook/demo/fillDemoFigures";
import { EXIT, type CliIo, type ExitCode } from "../io";

interface DemoUnit {
  file: string;
  unit: string;
  template: PlanTemplateId;
}

const YEAR = 2023;

const UNITS: DemoUnit[] = [
  { file: "quan-7-ke-hoach-2023", unit: "Quận 7", template: "district-plan" },
  { file: "phuong-tan-phong-2023", unit: "Phường Tân Phong", template: "ward-plan" },
  { file: "phuong-tan-hung-2023", unit: "Phường Tân Hưng", template: "ward-plan" },
  { file: "phuong-binh-thuan-2023", unit: "Phường Bình Thuận", template: "ward-plan" },
];

/**
 * `npm run demo`: the main job on a machine without Excel. Writes a district plan and three
 * ward plans from the templates with a year's figures, checks each and writes its highlighted
 * copy, and prints the report sentences.
 */
export async function demoCommand(io: CliIo, folder: string, lang: Language): Promise<ExitCode> {
  for (const [index, demo] of UNITS.entries()) {
    const workbook = createWorkbook();
    const made = templateChanges({
      template: demo.template,
      unit: demo.unit,
      year: YEAR,
      lang,
      subUnits: [],
    });
    await workbook.apply(changeSet(made.changes));
    const blank = await workbook.read();
    const template = getTemplate(demo.template);
    // The district's sheet (the first) carries the typing slips real sheets have.
    const figures = blank.sheets.flatMap((sheet) =>
      fillDemoFigures(sheet, [template], "year", index),
    );
    await workbook.apply(changeSet(figures));
    const plain = `${folder}/${demo.file}.xlsx`;
    await io.writeFile(plain, await workbook.toBuffer());

    const check = checkWorkbook(await workbook.read(), { lang, period: "year" });
    await workbook.apply(check.changes);
    const checked = `${folder}/${demo.file}-checked.xlsx`;
    await io.writeFile(checked, await workbook.toBuffer());
    const results = check.results;
    io.stdout(`${demo.unit}: ${reportSentence(check.summary, results, lang)}\n`);
    io.stdout(
      `  ${plain}\n  ${checked} (${check.findings.length} ${lang === "vi" ? "phát hiện" : "findings"})\n`,
    );
  }
  return EXIT.ran;
}
