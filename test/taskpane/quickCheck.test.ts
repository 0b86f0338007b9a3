/** @jest-environment jsdom */
import { decodeReport } from "../../src/commands/quickCheckReport";
import type { SeedWorkbook } from "../hosts/contractCases";
import { inspect, OfficeError, StrictExcel } from "../hosts/office/strictExcel";
import { SEED as WARD, SHEET } from "./support/wardSheet";

/** The ward's nine-month sheet, after a sheet that holds no plan table. */
const SEED: SeedWorkbook = {
  activeSheet: SHEET,
  sheets: [{ name: "Ghi chép", cells: { A1: "không phải bảng chỉ tiêu" } }, ...WARD.sheets],
};

interface DialogStub {
  url: string;
  handlers: Map<string, () => void>;
  closed: boolean;
}

function installOffice(excel: StrictExcel, opens: DialogStub[]) {
  const office = {
    onReady: async () => ({ host: "Excel" }),
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    actions: { associate: jest.fn() },
    context: {
      requirements: { isSetSupported: excel.isSetSupported },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          const dialog: DialogStub = { url, handlers: new Map(), closed: false };
          opens.push(dialog);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: () => void) =>
                dialog.handlers.set(type, handler),
              close: () => {
                dialog.closed = true;
              },
            },
          });
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office, Excel: { ...excel.excelLibrary, run: excel.run } });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
  localStorage.clear();
});

test("Kiểm tra nhanh checks the active sheet, highlights it, shows the counts, then completes", async () => {
  const excel = new StrictExcel(SEED);
  const opens: DialogStub[] = [];
  installOffice(excel, opens);
  // Loaded after Office exists: the file associates its command when it loads.
  const { quickCheck } = await import("../../src/commands/commands");
  const completed = jest.fn();
  const running = quickCheck({ completed } as unknown as Office.AddinCommands.Event);

  await new Promise<void>((resolve) => {
    const wait = () => (opens.length > 0 ? resolve() : setTimeout(wait, 10));
    wait();
  });
  expect(completed).not.toHaveBeenCalled();
  const report = decodeReport(new URL(opens[0].url).search);
  expect(report).toMatchObject({
    sheet: "KH 9 tháng",
    total: 2,
    counts: { on_track: 1, lagging: 1 },
    written: true,
  });
  expect(report?.sentence).toMatch(/^9 tháng: 1\/2 chỉ tiêu/);
  expect(new URL(opens[0].url).pathname).toMatch(/\/quickcheck\.html$/);

  // The sheet was written: the lagging row's status, in Excel's "Bad" fill.
  const statusHeader = ["G4", "H4"].find(
    (a) => inspect(excel.model, "KH 9 tháng", a)?.value === "Đánh giá",
  );
  expect(statusHeader).toBeDefined();
  const column = (statusHeader as string)[0];
  expect(inspect(excel.model, "KH 9 tháng", `${column}6`)?.value).toBe("Chậm tiến độ");
  expect(inspect(excel.model, "Ghi chép", "G4")).toBeUndefined();

  opens[0].handlers.get("message")?.();
  await running;
  expect(opens[0].closed).toBe(true);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("a failure is reported in the dialog and the command still completes", async () => {
  const excel = new StrictExcel(SEED);
  const opens: DialogStub[] = [];
  installOffice(excel, opens);
  jest
    .spyOn(excel, "run")
    .mockRejectedValue(new OfficeError("ItemNotFound", "The requested resource doesn't exist."));
  Object.assign(globalThis, { Excel: { ...excel.excelLibrary, run: excel.run } });
  const { quickCheck } = await import("../../src/commands/commands");
  const completed = jest.fn();
  const running = quickCheck({ completed } as unknown as Office.AddinCommands.Event);
  await new Promise<void>((resolve) => {
    const wait = () => (opens.length > 0 ? resolve() : setTimeout(wait, 10));
    wait();
  });
  // The step, Excel's code and its message travel apart: the dialog words them (see
  // test/commands/quickCheckDialog.test.ts).
  expect(decodeReport(new URL(opens[0].url).search)).toMatchObject({
    failure: {
      kind: "read",
      code: "ItemNotFound",
      detail: "The requested resource doesn't exist.",
    },
    total: 0,
  });
  opens[0].handlers.get("event")?.();
  await running;
  expect(completed).toHaveBeenCalledTimes(1);
});
