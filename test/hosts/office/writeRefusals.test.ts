import { WriteRefusedError } from "../../../src/hosts/gateway";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import type { Change } from "../../../src/workbook/changeSet";
import { checkWorkbook } from "../../../src/workbook/check/checkWorkbook";
import type { SeedWorkbook } from "../contractCases";
import { cellOf, planSheet } from "./planSeed";
import { inspect, StrictExcel } from "./strictExcel";

function setup(seed: SeedWorkbook) {
  const excel = new StrictExcel(seed);
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
  });
  return { excel, gateway };
}

/** Every cell of every sheet, to show nothing was written. */
const cellsOf = (excel: StrictExcel) =>
  JSON.stringify(excel.model.sheets.map((s) => [s.name, [...s.cells.entries()]]));

describe("A write happens whole or not at all", () => {
  test("a protected sheet among those checked: refused before anything is written", async () => {
    const { excel, gateway } = setup({ sheets: [planSheet("P1", 5), planSheet("P2", 5)] });
    excel.sheet("P2").protected = true;
    const before = cellsOf(excel);
    const snapshot = await gateway.read();
    excel.resetRequests();
    const check = checkWorkbook(snapshot, { highlight: true });

    const refused = await gateway.apply(check.changes).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WriteRefusedError);
    expect(refused).toMatchObject({ reason: "protected", sheet: "P2" });
    expect(excel.syncCount).toBe(0);
    // P1 is not half-done: no status was written there either.
    expect(inspect(excel.model, "P1", cellOf("status", 4))).toBeUndefined();
    expect(cellsOf(excel)).toBe(before);
  });

  test("the double refuses a protected sheet's cells with AccessDenied, as Excel does", async () => {
    const { excel, gateway } = setup({ sheets: [{ name: "KH" }] });
    excel.sheet("KH").protected = true;
    await expect(
      gateway.apply({ changes: [{ kind: "values", sheet: "KH", anchor: "A1", rows: [[1]] }] }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("content into part of a merged area: refused, nothing written", async () => {
    const { excel, gateway } = setup({
      sheets: [{ name: "KH", cells: { A1: "Tiêu đề", N6: "gộp" }, merges: ["N6:O6"] }],
    });
    const before = cellsOf(excel);
    await gateway.read({ sheets: ["KH"] });
    excel.resetRequests();
    const changes: Change[] = [
      { kind: "values", sheet: "KH", anchor: "A2", rows: [["đã ghi"]] },
      { kind: "values", sheet: "KH", anchor: "O5", rows: [["Đạt"], ["Vượt"]] },
    ];
    await expect(gateway.apply({ changes })).rejects.toMatchObject({
      reason: "merged",
      sheet: "KH",
      range: "N6:O6",
    });
    expect(excel.syncCount).toBe(0);
    expect(cellsOf(excel)).toBe(before);
  });

  test("the double refuses content into part of a merged area with InvalidArgument", async () => {
    const { gateway } = setup({ sheets: [{ name: "KH", merges: ["N6:O6"] }] });
    await expect(
      gateway.apply({
        changes: [{ kind: "values", sheet: "KH", anchor: "O5", rows: [["a"], ["b"]] }],
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("showing a hidden sheet: refused, nothing written", async () => {
    const { excel, gateway } = setup({
      sheets: [
        { name: "KH", cells: { A1: 1 } },
        { name: "Ẩn", visibility: "hidden" },
      ],
    });
    const before = cellsOf(excel);
    await gateway.read();
    excel.resetRequests();
    const changes: Change[] = [
      { kind: "values", sheet: "Ẩn", anchor: "A1", rows: [["x"]] },
      { kind: "activate", sheet: "Ẩn", cell: "A1" },
    ];
    await expect(gateway.apply({ changes })).rejects.toMatchObject({
      reason: "hidden",
      sheet: "Ẩn",
    });
    expect(excel.syncCount).toBe(0);
    expect(cellsOf(excel)).toBe(before);
  });
});
