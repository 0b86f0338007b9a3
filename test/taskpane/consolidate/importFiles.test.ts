import { createWorkbook } from "../../../src/hosts/xlsx";
import { openWorkbook } from "../../../src/hosts/xlsx";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { importFiles } from "../../../src/taskpane/consolidate/importFiles";
import { address } from "../../../src/workbook/a1";
import { changeSet } from "../../../src/workbook/changeSet";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";
import type { SeedCell, SeedWorkbook } from "../../hosts/contractCases";
import { StrictExcel } from "../../hosts/office/strictExcel";

/** A ward's plan as the .xlsx file it would send. */
async function wardFile(ward: string): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const made = templateChanges({ template: "ward-plan", unit: ward, year: 2023 });
  await workbook.apply(changeSet(made.changes));
  return workbook.toBuffer();
}

/** What Excel would insert from the file: its sheets' cells, as the ExcelJS gateway reads them. */
function seedOf(snapshot: WorkbookSnapshot): SeedWorkbook {
  return {
    sheets: snapshot.sheets.map((sheet) => {
      const cells: Record<string, SeedCell> = {};
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          cells[address(sheet.origin.row + r, sheet.origin.column + c)] = { value };
        }),
      );
      return { name: sheet.name, cells };
    }),
  };
}

async function officeWith(files: Uint8Array[], apiVersion = 18, requestBudget?: number) {
  const excel = new StrictExcel({ sheets: [{ name: "KH 2023 - Phường 1" }] }, { apiVersion });
  for (const file of files)
    excel.imports.register(file, seedOf(await openWorkbook(file).then((w) => w.read())));
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    ...(requestBudget === undefined ? {} : { requestBudget }),
  });
  return { excel, gateway };
}

describe("importing the sub-units' files into the open workbook", () => {
  test("every file's sheets come in, in two requests, renamed where the name is taken", async () => {
    const files = [await wardFile("Phường 1"), await wardFile("Phường 2")];
    const { excel, gateway } = await officeWith(files);
    const names = (await openWorkbook(files[0]).then((w) => w.read())).sheets.map((s) => s.name);
    expect(names).toEqual(["KH 2023 - Phường 1"]);

    const outcome = await importFiles(gateway, [
      { name: "phuong1.xlsx", bytes: files[0] },
      { name: "phuong2.xlsx", bytes: files[1] },
    ]);
    expect(outcome).toEqual({
      kind: "imported",
      sheets: ["KH 2023 - Phường 1 (2)", "KH 2023 - Phường 2"],
    });
    expect(excel.syncCount).toBe(2);
    const inserted = await gateway.read({ sheets: ["KH 2023 - Phường 1 (2)"] });
    expect(inserted.sheets[0].values.flat()).toContain("ỦY BAN NHÂN DÂN\nPHƯỜNG 1");
  });

  test("files over the request budget go in several requests, each under it", async () => {
    const files = await Promise.all(["Phường 1", "Phường 2", "Phường 3"].map(wardFile));
    const base64 = files.map((f) => Buffer.from(f).toString("base64").length);
    // Room for two files a request, not three.
    const budget = Math.max(...base64) * 2 + 10;
    const { excel, gateway } = await officeWith(files, 18, budget);
    const outcome = await importFiles(
      gateway,
      files.map((bytes, i) => ({ name: `p${i}.xlsx`, bytes })),
    );
    expect(outcome).toMatchObject({ kind: "imported" });
    if (outcome.kind === "imported") expect(outcome.sheets).toHaveLength(3);
    // Two requests of inserts (two files, then one), then one for the names.
    expect(excel.syncCount).toBe(3);
    expect(excel.requests.slice(0, 2).map((r) => r.requestBytes <= budget + 1000)).toEqual([
      true,
      true,
    ]);
  });

  test("a host without ExcelApi 1.13 is told so, and nothing is inserted", async () => {
    const file = await wardFile("Phường 1");
    const { excel, gateway } = await officeWith([file], 12);
    const outcome = await importFiles(gateway, [{ name: "p.xlsx", bytes: file }]);
    expect(outcome).toEqual({ kind: "unsupported", requirement: "ExcelApi 1.13" });
    expect(excel.syncCount).toBe(0);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["KH 2023 - Phường 1"]);
  });

  test("an .xls or .csv file is named and refused before anything is inserted", async () => {
    const file = await wardFile("Phường 1");
    const { excel, gateway } = await officeWith([file]);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const outcome = await importFiles(gateway, [
      { name: "p.xlsx", bytes: file },
      { name: "bao cao.xls", bytes: xls },
    ]);
    expect(outcome).toEqual({ kind: "not_xlsx", files: ["bao cao.xls"] });
    expect(excel.syncCount).toBe(0);
  });

  test("a gateway that cannot import (ExcelJS in the preview) says so", async () => {
    const outcome = await importFiles(createWorkbook(), [
      { name: "p.xlsx", bytes: await wardFile("Phường 1") },
    ]);
    expect(outcome).toEqual({ kind: "unsupported" });
  });
});
