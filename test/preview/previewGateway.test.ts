import { createWorkbook, openWorkbook } from "../../src/hosts/xlsx";
import { PreviewGateway } from "../../src/preview/previewGateway";
import { changeSet, type Change } from "../../src/workbook/changeSet";

/** A small workbook: its sheets, each with one title cell; `hidden` ones hidden. */
async function book(sheets: string[], hidden: string[] = []): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const changes: Change[] = sheets.flatMap((sheet): Change[] => [
    { kind: "addSheet", sheet },
    { kind: "values", sheet, anchor: "A1", rows: [[`Trang ${sheet}`]] },
  ]);
  for (const sheet of hidden) changes.push({ kind: "hideSheet", sheet, veryHidden: false });
  await workbook.apply(changeSet(changes));
  return workbook.toBuffer();
}

/** What the workbook saved now lists, read from its bytes by a new reader. */
async function savedListing(gateway: PreviewGateway) {
  return (await openWorkbook(await gateway.toBuffer())).listSheets();
}

async function savedSheet(gateway: PreviewGateway, sheet: string) {
  return (await (await openWorkbook(await gateway.toBuffer())).read({ sheets: [sheet] })).sheets[0];
}

describe("the preview's gateway keeps the sheets listed and drawn only while nothing may have changed them", () => {
  test("files imported one after another: the list is what the saved workbook lists (renamed, hidden), and the sheet drawn is as saved", async () => {
    const preview = new PreviewGateway(await openWorkbook(await book(["KH 2025", "Giao CT"])));
    expect(await preview.sheetToDraw("KH 2025")).toEqual(await savedSheet(preview, "KH 2025"));
    const ward = await book(["Phường 1", "Ghi chú"], ["Ghi chú"]);
    const given = [];
    for (let i = 0; i < 3; i += 1) {
      given.push(...(await preview.importSheets([ward], [`phuong-1-lan-${i + 1}.xlsx`])));
      expect(await preview.listSheets()).toEqual(await savedListing(preview));
    }
    expect(given).toEqual([
      ["Phường 1", "Ghi chú"],
      ["Phường 1 (2)", "Ghi chú (2)"],
      ["Phường 1 (3)", "Ghi chú (3)"],
    ]);
    expect((await preview.listSheets()).filter((s) => s.visibility === "hidden")).toHaveLength(3);
    expect(await preview.sheetToDraw("KH 2025")).toEqual(await savedSheet(preview, "KH 2025"));
    expect((await preview.sheetToDraw("Phường 1 (3)"))?.values).toEqual([["Trang Phường 1"]]);
  });

  test("a value typed, a change set applied, a sheet deleted: the sheet drawn and the list follow", async () => {
    const preview = new PreviewGateway(await openWorkbook(await book(["KH 2025"])));
    expect((await preview.sheetToDraw("KH 2025"))?.values).toEqual([["Trang KH 2025"]]);
    await preview.edit("KH 2025", "A1", "Kế hoạch");
    expect((await preview.sheetToDraw("KH 2025"))?.values).toEqual([["Kế hoạch"]]);
    await preview.apply(
      changeSet([
        { kind: "addSheet", sheet: "Tổng hợp" },
        { kind: "values", sheet: "KH 2025", anchor: "A2", rows: [[42]] },
      ]),
    );
    expect((await preview.listSheets()).map((s) => s.name)).toEqual(["KH 2025", "Tổng hợp"]);
    expect((await preview.sheetToDraw("KH 2025"))?.values).toEqual([["Kế hoạch"], [42]]);
    await preview.importSheets([await book(["Phường 2"])]);
    await preview.apply(changeSet([{ kind: "deleteOwnSheet", sheet: "Tổng hợp" }]));
    expect(await preview.listSheets()).toEqual(await savedListing(preview));
    expect((await preview.listSheets()).map((s) => s.name)).toEqual(["KH 2025", "Phường 2"]);
  });

  test("a file that cannot be read leaves the list as it was", async () => {
    const preview = new PreviewGateway(await openWorkbook(await book(["KH 2025"])));
    await expect(
      preview.importSheets([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], ["hong.xlsx"]),
    ).rejects.toThrow(/hong\.xlsx|tệp|file/i);
    expect(await preview.listSheets()).toEqual([{ name: "KH 2025", visibility: "visible" }]);
  });
});
