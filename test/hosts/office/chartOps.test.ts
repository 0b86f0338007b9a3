import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import type { Change, ChartChange, WriteValue } from "../../../src/workbook/changeSet";
import type { SeedWorkbook } from "../contractCases";
import { chartsOf, inspect, OfficeError, StrictExcel } from "./strictExcel";

const SHEET = "Biểu đồ % KH";

/** Quận 7's 2023 fields (seed 000_24b2c0b745255965), as the chart table writes them. */
const TABLE: WriteValue[][] = [
  ["Lĩnh vực", "% KH bình quân", "Tỷ lệ đạt (%)"],
  ["Kinh tế", 104.2, 75],
  ["Xã hội", 98, 50],
  ["Đô thị - môi trường", null, 100],
];

function chart(overrides: Partial<ChartChange> = {}): ChartChange {
  return {
    kind: "chart",
    sheet: SHEET,
    chartType: "columnClustered",
    title: "Biểu đồ % KH theo lĩnh vực",
    data: "A4:C7",
    position: { from: "G4", to: "O21" },
    ...overrides,
  };
}

function setup(seed: SeedWorkbook = { sheets: [{ name: SHEET }] }) {
  const excel = new StrictExcel(seed);
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
  });
  return { excel, gateway };
}

describe("chart changes on Office", () => {
  test("a chart and its table go out in one request", async () => {
    const { excel, gateway } = setup();
    await gateway.apply({
      changes: [{ kind: "values", sheet: SHEET, anchor: "A4", rows: TABLE }, chart()],
    });
    expect(excel.syncCount).toBe(1);
    expect(chartsOf(excel.sheet(SHEET))).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        seriesBy: "Columns",
        sourceSheet: SHEET,
        source: "A4:C7",
        title: "Biểu đồ % KH theo lĩnh vực",
        position: { from: "G4", to: "O21" },
      },
    ]);
    expect(inspect(excel.model, SHEET, "B5")?.value).toBe(104.2);
  });

  test("barClustered is Excel's BarClustered", async () => {
    const { excel, gateway } = setup();
    await gateway.apply({ changes: [chart({ chartType: "barClustered" })] });
    expect(chartsOf(excel.sheet(SHEET)).map((c) => c.type)).toEqual(["BarClustered"]);
  });

  test("a re-run replaces the sheet and its chart: probe and write, two requests", async () => {
    const { excel, gateway } = setup({ sheets: [{ name: "KH" }, { name: SHEET }] });
    await gateway.apply({ changes: [chart({ title: "cũ" })] });
    const rerun: Change[] = [
      { kind: "deleteOwnSheet", sheet: SHEET },
      { kind: "addSheet", sheet: SHEET },
      { kind: "values", sheet: SHEET, anchor: "A4", rows: TABLE },
      chart(),
    ];
    excel.resetRequests();
    await gateway.apply({ changes: rerun });
    expect(excel.syncCount).toBe(2);
    expect(chartsOf(excel.sheet(SHEET)).map((c) => c.title)).toEqual([
      "Biểu đồ % KH theo lĩnh vực",
    ]);
  });

  const refused: [string, Partial<ChartChange>, RegExp][] = [
    ["data that is not a range", { data: "A4:C" }, /not an A1 cell or range/],
    ["data on another sheet", { data: "Khác!A4:C7" }, /must be a range on sheet/],
    ["data without a category column", { data: "B4:B7" }, /series names and a column/],
    ["data without a header row", { data: "A4:C4" }, /series names and a column/],
    ["a start that is not a cell", { position: { from: "G4:H5", to: "O21" } }, /not an A1 cell/],
    ["an end above the start", { position: { from: "G4", to: "O3" } }, /above or left/],
    ["a chart type the add-in does not make", { chartType: "pie" as never }, /not a chart type/],
    ["a title over 255 characters", { title: "x".repeat(256) }, /at most 255/],
  ];

  test.each(refused)("%s is refused before any request", async (_name, override, message) => {
    const { excel, gateway } = setup();
    const changes: Change[] = [
      { kind: "values", sheet: SHEET, anchor: "A1", rows: [["x"]] },
      chart(override),
    ];
    await expect(gateway.apply({ changes })).rejects.toThrow(message);
    expect(excel.syncCount).toBe(0);
    expect(inspect(excel.model, SHEET, "A1")).toBeUndefined();
    expect(chartsOf(excel.sheet(SHEET))).toEqual([]);
  });

  test("a chart on a sheet the workbook lacks is refused when the set is probed", async () => {
    const { excel, gateway } = setup();
    const changes: Change[] = [{ kind: "addSheet", sheet: "Mới" }, chart({ sheet: "Không có" })];
    await expect(gateway.apply({ changes })).rejects.toThrow(/"Không có" is not in the workbook/);
    expect(excel.model.sheets.map((s) => s.name)).toEqual([SHEET]);
  });
});

describe("the strict double's charts", () => {
  test("charts.add wants a Range of the same context, and a known type", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "S" }] });
    await excel.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const other = await excel.batch(async (c) =>
        c.workbook.worksheets.getItem("S").getRange("A1:B3"),
      );
      sheet.charts.add("ColumnClustered", other, "Columns");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    await excel.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.charts.add("Doughnut3D", sheet.getRange("A1:B3"));
      await expect(context.sync()).rejects.toBeInstanceOf(OfficeError);
    });
    expect(chartsOf(excel.sheet("S"))).toEqual([]);
  });

  test("a chart's title and position wait for the sync", async () => {
    const excel = new StrictExcel({ sheets: [{ name: "S" }] });
    await excel.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const added = sheet.charts.add("BarClustered", sheet.getRange("A1:B3"), "Auto");
      added.title.text = "Tiêu đề";
      added.setPosition(sheet.getRange("$D$2"), "H12");
      expect(chartsOf(excel.sheet("S"))).toEqual([]);
      await context.sync();
      added.load("name");
      await context.sync();
      expect(added.name).toBe("Chart 1");
    });
    expect(chartsOf(excel.sheet("S"))).toEqual([
      {
        name: "Chart 1",
        type: "BarClustered",
        seriesBy: "Auto",
        sourceSheet: "S",
        source: "A1:B3",
        title: "Tiêu đề",
        position: { from: "D2", to: "H12" },
      },
    ]);
  });
});
