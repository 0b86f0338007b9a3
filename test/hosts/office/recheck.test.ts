import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { checkWorkbook } from "../../../src/workbook/check/checkWorkbook";
import { cellOf, planSheet } from "./planSeed";
import { inspect, StrictExcel } from "./strictExcel";

/** 20 indicators: taller than the summary block beside them. */
function setup(badIndex?: number) {
  const excel = new StrictExcel({ sheets: [planSheet("KH", 20, badIndex)] });
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
  });
  /** One check as the pane runs it: read the active sheet, check, write what there is. */
  const check = async () => {
    excel.resetRequests();
    const snapshot = await gateway.read({ activeSheet: true });
    const result = checkWorkbook(snapshot, { highlight: true });
    await gateway.apply(result.changes);
    return excel.syncCount;
  };
  return { excel, gateway, check };
}

describe("A re-check writes only what changes", () => {
  test("the first check is read + write; a re-check with nothing new is the read alone", async () => {
    const { excel, check } = setup();
    expect(await check()).toBe(2);
    expect(inspect(excel.model, "KH", cellOf("status", 4))?.value).toBe("Không đạt");
    expect(await check()).toBe(1);
    expect(await check()).toBe(1);
  });

  test("with a finding noted: the re-check's requests are the read's two, no write", async () => {
    const { excel, check } = setup(2);
    // Read and write: the read already knows the notes and comments a probe would look for.
    expect(await check()).toBe(2);
    const notes = [...excel.sheet("KH").notes.entries()];
    expect(notes).toHaveLength(1);
    // The read takes a second, small request for the note's cell; nothing is written.
    expect(await check()).toBe(2);
    expect(excel.requests.map((r) => r.writes)).toEqual([0, 0]);
    expect([...excel.sheet("KH").notes.entries()]).toEqual(notes);
  });

  test("an edit rewrites only the rows it changes", async () => {
    const { excel, check } = setup();
    await check();
    await check();
    // The clerk types 14 into the first actual: 50% → 116.7%, Không đạt → Vượt.
    const actual = inspect(excel.model, "KH", cellOf("actual", 4));
    if (actual) actual.value = 14;
    excel.resetRequests();
    const requests = await check();
    expect(requests).toBe(2);
    expect(inspect(excel.model, "KH", cellOf("status", 4))).toMatchObject({
      value: "Vượt",
      fill: "#C6EFCE",
    });
    const write = excel.requests[excel.requests.length - 1];
    // Row 4's two owned cells and the summary block's counts: the first write was 27 kB.
    expect(write.requestBytes).toBeLessThan(10_000);
    console.info(`re-check after one edit: write of ${write.requestBytes} B, ${write.writes} sets`);
  });

  test("a check of every sheet is the list, the read and the write; again, the list and the read", async () => {
    // Both taller than the summary block beside them (see the first test).
    const excel = new StrictExcel({ sheets: [planSheet("KH", 20, 2), planSheet("KH 2", 25)] });
    const gateway = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
      runWith: excel.runWith,
    });
    const checkAll = async () => {
      excel.resetRequests();
      await gateway.apply(checkWorkbook(await gateway.read(), { highlight: true }).changes);
      return excel.requests.map((r) => r.writes > 0);
    };
    expect(await checkAll()).toEqual([false, false, true]);
    // The finding's note is known from the read: nothing new, nothing written.
    expect(await checkAll()).toEqual([false, false]);
  });
});
