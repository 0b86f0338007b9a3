import type { Language } from "../../engine/model/status";
import { reportSentence } from "../../engine/report/reportSentence";
import { getTemplate } from "../../engine/templates/catalogue";
import type { PlanTemplateId } from "../../engine/templates/types";
import { createWorkbook } from "../../hosts/xlsx";
import { changeSet } from "../../workbook/changeSet";
import { checkWorkbook } from "../../workbook/check/checkWorkbook";
import { checkBudgetWorkbook } from "../../workbook/budget/check/checkBudgetWorkbook";
import { demoBudgetFigures } from "../../workbook/demo/demoBudgetFigures";
import { templateChanges } from "../../workbook/templates/templateChanges";
import { QUAN_7_WARDS } from "../../workbook/demo/demoRoster";
import { fileSlug } from "../../workbook/demo/fileSlug";
import { fillDemoFigures } from "../../workbook/demo/fillDemoFigures";
import { wardAllocation, type DemoUnitPlan } from "../../workbook/demo/wardAllocation";
import { demoAllocationSheet } from "../../workbook/demo/demoAllocationSheet";
import { EXIT, type CliIo, type ExitCode } from "../io";

interface DemoUnit {
  file: string;
  unit: string;
  template: PlanTemplateId;
  plan?: DemoUnitPlan;
}

const YEAR = 2023;
const DISTRICT = "Quận 7";

/** Each ward's share of the district's targets (and of last year's figures). */
function demoShares(): Map<string, DemoUnitPlan> {
  return wardAllocation(getTemplate("district-plan"), getTemplate("ward-plan"), QUAN_7_WARDS);
}

/** Quận 7 and its ten wards; each ward's targets are its share of the district's. */
function demoUnits(): DemoUnit[] {
  const shares = demoShares();
  return [
    { file: `${fileSlug(DISTRICT)}-ke-hoach-${YEAR}`, unit: DISTRICT, template: "district-plan" },
    ...QUAN_7_WARDS.map(({ name }): DemoUnit => {
      const plan = shares.get(name);
      return {
        file: `${fileSlug(name)}-${YEAR}`,
        unit: name,
        template: "ward-plan",
        ...(plan ? { plan } : {}),
      };
    }),
  ];
}

/**
 * The district's budget table from the budget template with a year's execution typed in, and
 * its checked copy ("% dự toán (tính)", "Đánh giá", the chart sheet).
 */
async function demoBudget(io: CliIo, stem: string, lang: Language): Promise<void> {
  const workbook = createWorkbook();
  const made = templateChanges({ template: "budget", unit: DISTRICT, year: YEAR, lang });
  await workbook.apply(changeSet(made.changes));
  const blank = await workbook.read();
  await workbook.apply(changeSet(blank.sheets.flatMap((sheet) => demoBudgetFigures(sheet))));
  await io.writeFile(`${stem}.xlsx`, await workbook.toBuffer());
  const check = checkBudgetWorkbook(await workbook.read(), { lang, period: "year" });
  await workbook.apply(check.changes);
  await io.writeFile(`${stem}-checked.xlsx`, await workbook.toBuffer());
  for (const sentence of check.sentences) io.stdout(`${DISTRICT}: ${sentence}\n`);
  io.stdout(
    `  ${stem}.xlsx\n  ${stem}-checked.xlsx (${check.findings.length} ${lang === "vi" ? "phát hiện" : "findings"})\n`,
  );
}

/**
 * `npm run demo`: the main job on a machine without Excel. Writes Quận 7's plan and its ten
 * wards' plans from the templates with a year's figures (the wards' targets add up to the
 * district's; Tân Phong runs ahead, a few wards lag), checks each and writes its highlighted
 * copy, prints the report sentences and the command that consolidates the wards.
 */
export async function demoCommand(io: CliIo, folder: string, lang: Language): Promise<ExitCode> {
  const units = demoUnits();
  for (const [index, demo] of units.entries()) {
    const workbook = createWorkbook();
    const made = templateChanges({ template: demo.template, unit: demo.unit, year: YEAR, lang });
    await workbook.apply(changeSet(made.changes));
    if (index === 0) {
      // The district's workbook also says what it gave each ward: `chitieu distribute` reads it.
      const sheet = `${lang === "vi" ? "Giao CT" : "Allocation"} ${YEAR} - ${demo.unit}`;
      const allocation = demoAllocationSheet(
        getTemplate("district-plan"),
        DISTRICT,
        YEAR,
        demoShares(),
        {
          sheet,
          after: made.sheets[0],
          lang,
        },
      );
      await workbook.apply(changeSet(allocation));
    }
    const blank = await workbook.read();
    const template = getTemplate(demo.template);
    // The district's sheet (the first) carries the typing slips real sheets have.
    const figures = blank.sheets.flatMap((sheet) =>
      fillDemoFigures(sheet, [template], "year", index, demo.plan),
    );
    await workbook.apply(changeSet(figures));
    const plain = `${folder}/${demo.file}.xlsx`;
    await io.writeFile(plain, await workbook.toBuffer());

    // The plan sheets are checked; the allocation sheet is no report to judge.
    const check = checkWorkbook(await workbook.read(), {
      lang,
      period: "year",
      sheets: made.sheets,
    });
    await workbook.apply(check.changes);
    const checked = `${folder}/${demo.file}-checked.xlsx`;
    await io.writeFile(checked, await workbook.toBuffer());
    const results = check.results;
    io.stdout(`${demo.unit}: ${reportSentence(check.summary, results, lang)}\n`);
    io.stdout(
      `  ${plain}\n  ${checked} (${check.findings.length} ${lang === "vi" ? "phát hiện" : "findings"})\n`,
    );
  }
  await demoBudget(io, `${folder}/${fileSlug(DISTRICT)}-ngan-sach-${YEAR}`, lang);
  const [district, ...wards] = units;
  const wardFiles = wards.map((w) => `${folder}/${w.file}.xlsx`).join(" ");
  io.stdout(
    `\n${lang === "vi" ? "Tổng hợp các phường" : "To consolidate the wards"}: chitieu consolidate ${wardFiles} --plan ${folder}/${district.file}.xlsx --out ${folder}/tong-hop-${YEAR}.xlsx\n`,
  );
  return EXIT.ran;
}
