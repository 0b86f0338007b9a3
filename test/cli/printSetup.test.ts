import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sheetXml, zipEntryText } from "../hosts/xlsx/support/zipEntries";
import { DiskIo } from "./memoryIo";

/**
 * Issue 13, printing: every sheet the add-in writes or templates prints on A4, fitted to the
 * page width with fitting turned on, its header repeated and a print area ending at the table.
 */
let folder: string;
const io = new DiskIo();
const file = (name: string) => path.join(folder, name);

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "chitieu-print-"));
  expect((await io.run("demo", "--out", folder)).code).toBe(0);
  const wards = (await readdir(folder)).filter((f) => /^phuong-.*-2023\.xlsx$/.test(f));
  const plan = file("quan-7-ke-hoach-2023.xlsx");
  const args = [...wards.map(file), "--plan", plan, "--out", file("th.xlsx")];
  expect((await io.run("consolidate", ...args)).code).toBe(0);
  const budget = ["template", "budget", "--unit", "Quận 7", "--year", "2023"];
  expect((await io.run(...budget, "--out", file("ns.xlsx"))).code).toBe(0);
}, 180_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

async function pageSetup(name: string, sheet: string) {
  const bytes = new Uint8Array(await readFile(file(name)));
  const xml = sheetXml(bytes, sheet);
  const workbook = zipEntryText(bytes, "xl/workbook.xml") ?? "";
  const index = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].findIndex(
    (m) => m[1] === sheet,
  );
  const name_ = (n: string) =>
    new RegExp(`<definedName name="${n}" localSheetId="${index}">([^<]*)</definedName>`).exec(
      workbook,
    )?.[1];
  return {
    fitToPage: /<pageSetUpPr fitToPage="1"\/>/.test(xml),
    pageSetup: /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? "",
    area: name_("_xlnm\\.Print_Area")?.replace(/&apos;/g, "'"),
    titles: name_("_xlnm\\.Print_Titles")?.replace(/&apos;/g, "'"),
  };
}

function expectA4Fitted(setup: Awaited<ReturnType<typeof pageSetup>>, orientation: string): void {
  expect(setup.fitToPage).toBe(true);
  for (const attribute of ['paperSize="9"', `orientation="${orientation}"`, 'fitToWidth="1"'])
    expect(setup.pageSetup).toContain(attribute);
}

test("the checked plan: table and summary block as two print areas, header repeated", async () => {
  const setup = await pageSetup("quan-7-ke-hoach-2023-checked.xlsx", "KH 2023 - Quận 7");
  expectA4Fitted(setup, "landscape");
  expect(setup.pageSetup).toContain('fitToHeight="0"');
  expect(setup.area).toMatch(
    /^'KH 2023 - Quận 7'!\$A\$1:\$O\$\d+,'KH 2023 - Quận 7'!\$Q\$6:\$R\$18$/,
  );
  expect(setup.titles).toBe("'KH 2023 - Quận 7'!$6:$6");
});

test("the plan template prints its indicators, not the 30 spare rows under them", async () => {
  const setup = await pageSetup("quan-7-ke-hoach-2023.xlsx", "KH 2023 - Quận 7");
  expectA4Fitted(setup, "landscape");
  const checked = await pageSetup("quan-7-ke-hoach-2023-checked.xlsx", "KH 2023 - Quận 7");
  expect(setup.area).toBe(checked.area?.split(",")[0]);
});

test.each(["Tổng hợp Quận 7", "Nguồn", "Ma trận đánh giá"])(
  "consolidation's %s prints its table on A4 landscape, header repeated",
  async (sheet) => {
    const setup = await pageSetup("th.xlsx", sheet);
    expectA4Fitted(setup, "landscape");
    expect(setup.area).toMatch(/^'[^']+'!\$A\$1:\$[A-Z]+\$\d+$/);
    expect(setup.titles).toMatch(/!\$5:\$5$|!\$4:\$4$/);
  },
);

test("Tổng hợp writes plain targets and rolled-up figures as formatted numbers", async () => {
  const bytes = new Uint8Array(await readFile(file("th.xlsx")));
  const xml = sheetXml(bytes, "Tổng hợp Quận 7");
  expect(xml).not.toMatch(/<t>\d+(\.\d+)?<\/t>/);
  expect(xml).not.toMatch(/<v>\d+\.\d{4,}<\/v>/);
});

test("the budget template prints portrait A4, its two header rows repeated", async () => {
  const setup = await pageSetup("ns.xlsx", "Ngân sách 2023 - Quận 7");
  expectA4Fitted(setup, "portrait");
  expect(setup.area).toMatch(/^'Ngân sách 2023 - Quận 7'!\$A\$1:\$E\$\d+$/);
  expect(setup.titles).toBe("'Ngân sách 2023 - Quận 7'!$5:$6");
});
