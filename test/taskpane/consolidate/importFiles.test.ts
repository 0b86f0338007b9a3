import { createWorkbook } from "../../../src/hosts/xlsx";
import { openWorkbook } from "../../../src/hosts/xlsx";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { importFiles, insertedSheets } from "../../../src/taskpane/consolidate/importFiles";
import { changeSet, type Change } from "../../../src/workbook/changeSet";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";
import { seedOf } from "./seedOf";
import { StrictExcel, type StrictExcelOptions } from "../../hosts/office/strictExcel";

/** A ward's plan as the .xlsx file it would send; with a chart or a note when asked. */
async function wardFile(
  ward: string,
  extra: "chart" | "note" | "none" = "none",
): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const made = templateChanges({ template: "ward-plan", unit: ward, year: 2023 });
  const sheet = made.sheets[0];
  const extras: Change[] =
    extra === "chart"
      ? [
          {
            kind: "chart",
            sheet,
            chartType: "columnClustered",
            title: "Chỉ tiêu",
            data: "D6:J10",
            position: { from: "R2", to: "X16" },
          },
        ]
      : extra === "note"
        ? [{ kind: "note", sheet, cell: "B2", text: "Số liệu gửi ngày 5/12" }]
        : [];
  await workbook.apply(changeSet([...made.changes, ...extras]));
  return workbook.toBuffer();
}

async function officeWith(
  files: Uint8Array[],
  options: StrictExcelOptions = {},
  requestBudget?: number,
) {
  const excel = new StrictExcel({ sheets: [{ name: "KH 2023 - Phường 1" }] }, options);
  for (const file of files)
    excel.imports.register(file, seedOf(await openWorkbook(file).then((w) => w.read())));
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    platform: excel.platform,
    ...(requestBudget === undefined ? {} : { requestBudget }),
  });
  return { excel, gateway };
}

const inserted = (file: string, sheets: string[]) => ({ file, kind: "inserted", sheets });

describe("importing the sub-units' files into the open workbook", () => {
  test("a request a file, a result a file, sheets renamed where the name is taken", async () => {
    const files = [await wardFile("Phường 1"), await wardFile("Phường 2")];
    const { excel, gateway } = await officeWith(files);
    const names = (await openWorkbook(files[0]).then((w) => w.read())).sheets.map((s) => s.name);
    expect(names).toEqual(["KH 2023 - Phường 1"]);

    const outcome = await importFiles(gateway, [
      { name: "phuong1.xlsx", bytes: files[0] },
      { name: "phuong2.xlsx", bytes: files[1] },
    ]);
    expect(outcome).toEqual({
      kind: "files",
      files: [
        inserted("phuong1.xlsx", ["KH 2023 - Phường 1 (2)"]),
        inserted("phuong2.xlsx", ["KH 2023 - Phường 2"]),
      ],
    });
    expect(insertedSheets(outcome)).toEqual(["KH 2023 - Phường 1 (2)", "KH 2023 - Phường 2"]);
    // Each file's insert and its sheets' names in one request; no request carries two files.
    expect(excel.syncCount).toBe(2);
    const base64 = files.map((f) => Buffer.from(f).toString("base64").length);
    excel.requests.forEach((r, i) => expect(r.requestBytes).toBeLessThan(base64[i] + 1000));
    const read = await gateway.read({ sheets: ["KH 2023 - Phường 1 (2)"] });
    expect(read.sheets[0].values.flat()).toContain("ỦY BAN NHÂN DÂN\nPHƯỜNG 1");
  });

  test("on the web, files with a chart or a note are refused by name before they are sent", async () => {
    const files = [
      await wardFile("Phường 1", "chart"),
      await wardFile("Phường 2"),
      await wardFile("Phường 3", "note"),
    ];
    const { excel, gateway } = await officeWith(files, { platform: "OfficeOnline" });
    const outcome = await importFiles(
      gateway,
      files.map((bytes, i) => ({ name: `p${i + 1}.xlsx`, bytes })),
    );
    expect(outcome).toEqual({
      kind: "files",
      files: [
        { file: "p1.xlsx", kind: "refused", refusal: { kind: "webParts", parts: ["charts"] } },
        inserted("p2.xlsx", ["KH 2023 - Phường 2"]),
        { file: "p3.xlsx", kind: "refused", refusal: { kind: "webParts", parts: ["comments"] } },
      ],
    });
    // Only the file the web takes was sent.
    expect(excel.syncCount).toBe(1);
    // The same files on Windows all go in.
    const desktop = await officeWith(files);
    const all = await importFiles(
      desktop.gateway,
      files.map((bytes, i) => ({ name: `p${i + 1}.xlsx`, bytes })),
    );
    expect(insertedSheets(all)).toHaveLength(3);
  });

  test("the double refuses on the web what the check finds: the refusal is real", async () => {
    const file = await wardFile("Phường 1", "chart");
    const { excel } = await officeWith([file], { platform: "OfficeOnline" });
    const error = await excel
      .batch(async (context) => {
        context.workbook.insertWorksheetsFromBase64(Buffer.from(file).toString("base64"));
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "UnsupportedFeature" });
  });

  test("on the web, a file over the request budget is refused; on Windows it goes alone", async () => {
    const files = [await wardFile("Phường 1"), await wardFile("Phường 2")];
    const budget = Buffer.from(files[0]).toString("base64").length - 1;
    const web = await officeWith(files, { platform: "OfficeOnline" }, budget);
    const outcome = await importFiles(web.gateway, [{ name: "p1.xlsx", bytes: files[0] }]);
    expect(outcome).toEqual({
      kind: "files",
      files: [
        {
          file: "p1.xlsx",
          kind: "refused",
          refusal: { kind: "tooLarge", bytes: files[0].length, limit: budget },
        },
      ],
    });
    expect(web.excel.syncCount).toBe(0);
    const pc = await officeWith(files, { platform: "PC" }, budget);
    const sent = await importFiles(pc.gateway, [{ name: "p1.xlsx", bytes: files[0] }]);
    expect(sent).toEqual({
      kind: "files",
      files: [inserted("p1.xlsx", ["KH 2023 - Phường 1 (2)"])],
    });
    expect(pc.excel.syncCount).toBe(1);
  });

  test("Excel for iPad is told it can't, and nothing is sent", async () => {
    const file = await wardFile("Phường 1");
    const { excel, gateway } = await officeWith([file], { platform: "iOS" });
    const outcome = await importFiles(gateway, [{ name: "p.xlsx", bytes: file }]);
    expect(outcome).toEqual({ kind: "unsupported", platform: "iPad" });
    expect(excel.syncCount).toBe(0);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["KH 2023 - Phường 1"]);
  });

  test("an .xls is named and not sent, a file Excel fails has its reason, the others go in", async () => {
    const good = await wardFile("Phường 2");
    const { excel, gateway } = await officeWith([good]);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // A zip the double does not know as a workbook: Excel's InvalidArgument.
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const outcome = await importFiles(gateway, [
      { name: "bao cao.xls", bytes: xls },
      { name: "hong.xlsx", bytes: broken },
      { name: "p2.xlsx", bytes: good },
    ]);
    expect(outcome.kind).toBe("files");
    if (outcome.kind !== "files") return;
    expect(outcome.files[0]).toEqual({ file: "bao cao.xls", kind: "notXlsx" });
    expect(outcome.files[1]).toMatchObject({
      file: "hong.xlsx",
      kind: "failed",
      error: { code: "InvalidArgument" },
    });
    expect(outcome.files[2]).toEqual(inserted("p2.xlsx", ["KH 2023 - Phường 2"]));
    expect(excel.syncCount).toBe(2);
  });

  test("a gateway that cannot import (the .xlsx one) says so", async () => {
    const outcome = await importFiles(createWorkbook(), [
      { name: "p.xlsx", bytes: await wardFile("Phường 1") },
    ]);
    expect(outcome).toEqual({ kind: "unsupported" });
  });
});
