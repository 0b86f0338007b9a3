import JSZip from "jszip";
import { createWorkbook } from "../../../src/hosts/xlsx";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { chartSheetChanges } from "../../../src/taskpane/report/chartSheetChanges";
import type { ChartRow } from "../../../src/taskpane/report/chartTable";
import { en } from "../../../src/taskpane/i18n/en";
import { vi } from "../../../src/taskpane/i18n/vi";
import { parseRange } from "../../../src/workbook/a1";
import type { ChartChange } from "../../../src/workbook/changeSet";
import { chartsOf, StrictExcel } from "../../hosts/office/strictExcel";

/** Quận 7's 2023 fields (seed 000_24b2c0b745255965), with what a check made of them. */
const ROWS: ChartRow[] = [
  { field: "Kinh tế", indicators: 4, met: 3, metShare: 75, averagePercent: 104.2 },
  { field: "Xã hội", indicators: 4, met: 2, metShare: 50, averagePercent: 98 },
  { field: "Đô thị - môi trường", indicators: 3, met: 3, metShare: 100, averagePercent: null },
  { field: "", indicators: 1, met: 0, metShare: 0, averagePercent: 80 },
];

const chartOf = (changes: ReturnType<typeof chartSheetChanges>) =>
  changes.filter((c): c is ChartChange => c.kind === "chart");

describe("chartSheetChanges", () => {
  test.each([
    ["vi", vi, "Biểu đồ % KH"],
    ["en", en, "Chart % of plan"],
  ] as const)(
    "%s: the table's percentages come first, and a column chart of them",
    (_l, t, sheet) => {
      const changes = chartSheetChanges({ sheet, replace: false }, ROWS, t);
      const table = changes.find((c) => c.kind === "values" && c.anchor === "A4");
      expect(table?.kind === "values" && table.rows).toEqual([
        [
          t.report.chartColumns.field,
          t.report.chartColumns.average,
          t.report.chartColumns.metShare,
          t.report.chartColumns.indicators,
          t.report.chartColumns.met,
        ],
        ["Kinh tế", 104.2, 75, 4, 3],
        ["Xã hội", 98, 50, 4, 2],
        ["Đô thị - môi trường", null, 100, 3, 3],
        [t.check.noField, 80, 0, 1, 0],
      ]);
      const charts = chartOf(changes);
      expect(charts).toEqual([
        {
          kind: "chart",
          sheet,
          chartType: "columnClustered",
          title: t.report.chartHeading,
          data: "A4:C8",
          position: { from: "G4", to: "O21" },
        },
      ]);
      // The chart starts right of the table's five columns, at its header row.
      const from = parseRange(charts[0].position.from)!.start;
      expect(from.column).toBeGreaterThan(5);
      // The chart comes after the table's values, and the sheet is activated last.
      const kinds = changes.map((c) => c.kind);
      expect(kinds.indexOf("chart")).toBeGreaterThan(kinds.lastIndexOf("values"));
      expect(kinds[kinds.length - 1]).toBe("activate");
    },
  );

  test("no fields, no chart (an empty chart says nothing)", () => {
    const changes = chartSheetChanges({ sheet: "Biểu đồ % KH", replace: true }, [], vi);
    expect(chartOf(changes)).toEqual([]);
    expect(changes[0]).toEqual({ kind: "deleteOwnSheet", sheet: "Biểu đồ % KH" });
  });

  test("the change set applies on both gateways, and the chart is there", async () => {
    const changes = chartSheetChanges({ sheet: "Biểu đồ % KH", replace: false }, ROWS, vi);

    const excel = new StrictExcel({ sheets: [{ name: "KH" }] });
    const office = new OfficeGateway(excel.run, {
      isSetSupported: excel.isSetSupported,
      library: excel.excelLibrary,
      runWith: excel.runWith,
    });
    await office.apply({ changes });
    expect(chartsOf(excel.sheet("Biểu đồ % KH"))).toMatchObject([
      { type: "ColumnClustered", source: "A4:C8", title: vi.report.chartHeading },
    ]);

    const file = createWorkbook();
    await file.apply({ changes: [{ kind: "addSheet", sheet: "KH" }, ...changes] });
    const zip = await JSZip.loadAsync(await file.toBuffer());
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    expect(chart).toContain("<c:f>'Biểu đồ % KH'!$B$5:$B$8</c:f>");
    expect(chart).toContain(`<a:t>${vi.report.chartHeading}</a:t>`);
  });
});

describe("mid-year, the share counted with 'on track' never reads as plain 'đạt'", () => {
  const headerOf = (changes: ReturnType<typeof chartSheetChanges>) =>
    changes.find((c) => c.kind === "values" && c.anchor === "A4");

  test.each<[boolean, string, string]>([
    [true, "Tỷ lệ đạt (%)", "Số chỉ tiêu đạt"],
    [false, "Tỷ lệ đạt và đúng tiến độ (%)", "Số chỉ tiêu đạt và đúng tiến độ"],
  ])("year end %s: %s, %s", (yearEnd, share, count) => {
    const header = headerOf(
      chartSheetChanges({ sheet: "Biểu đồ % KH", replace: false }, ROWS, vi, yearEnd),
    );
    expect(header?.kind === "values" ? header.rows[0] : undefined).toEqual([
      "Lĩnh vực",
      "% KH bình quân",
      share,
      "Số chỉ tiêu",
      count,
    ]);
  });
});
