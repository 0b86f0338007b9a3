/**
 * Cell-edit mode (issue 12): while a clerk types in a cell, Excel fails every batch run without
 * delayForCellEdit. The gateway runs each batch with it, so a batch waits for the user to leave
 * the cell; the InvalidOperationInCellEditMode hosts still give now and then is retried quietly.
 */
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import type { SeedWorkbook } from "../contractCases";
import { inspect, StrictExcel } from "./strictExcel";

const seed: SeedWorkbook = {
  sheets: [{ name: "KH", cells: { A1: "Chỉ tiêu", B1: "Kế hoạch", A2: "Thu ngân sách", B2: 120 } }],
};

function setup() {
  const excel = new StrictExcel(seed);
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
  });
  return { excel, gateway };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test("the double fails a batch without delayForCellEdit while the user edits a cell", async () => {
  const excel = new StrictExcel(seed);
  excel.cellEdit.enter();
  await expect(excel.run(async (context) => context.sync())).rejects.toMatchObject({
    code: "InvalidOperationInCellEditMode",
  });
});

test("a read and a write during cell edit wait for the user to leave the cell, then run", async () => {
  const { excel, gateway } = setup();
  excel.cellEdit.enter();
  const read = gateway.read({ sheets: ["KH"] });
  const write = gateway.apply({
    changes: [{ kind: "values", sheet: "KH", anchor: "C2", rows: [["Đạt"]] }],
  });
  await settle();
  expect(excel.cellEdit.delayed).toBe(2);
  expect(excel.syncCount).toBe(0);
  excel.cellEdit.exit();
  expect((await read).sheets[0].values[1]).toEqual(["Thu ngân sách", 120]);
  await write;
  expect(inspect(excel.model, "KH", "C2")?.value).toBe("Đạt");
  expect(excel.syncCount).toBe(2);
});

test("registering for edits during cell edit waits too, and no edit is lost", async () => {
  const { excel, gateway } = setup();
  excel.cellEdit.enter();
  const edits: string[] = [];
  const watching = gateway.onChange((edit) => edits.push(`${edit.sheet}!${edit.range}`));
  await settle();
  excel.cellEdit.exit();
  await watching;
  await excel.fireChange({ sheet: "KH", address: "B2" });
  expect(edits).toEqual(["KH!B2"]);
});

test("the cell-edit error a host still gives with the option set is retried quietly", async () => {
  const { excel, gateway } = setup();
  excel.cellEdit.stubborn = 2;
  const snapshot = await gateway.read({ sheets: ["KH"] });
  expect(snapshot.sheets[0].name).toBe("KH");
  expect(excel.cellEdit.stubborn).toBe(0);
  expect(excel.syncCount).toBe(1);
});

test("a host that keeps refusing is reported, after a bounded number of quiet tries", async () => {
  const { excel, gateway } = setup();
  excel.cellEdit.stubborn = 100;
  jest.useFakeTimers();
  try {
    const read = gateway.read({ sheets: ["KH"] });
    const failed = expect(read).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await jest.runAllTimersAsync();
    await failed;
  } finally {
    jest.useRealTimers();
  }
  expect(excel.cellEdit.stubborn).toBeGreaterThan(80);
});
