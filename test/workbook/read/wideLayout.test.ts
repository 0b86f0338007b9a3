import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { sheetFrom } from "./sheetFrom";

/** Biểu 07's shape: "Toàn huyện" and two communes, each TH 2019 | KH 2020 | ƯTH 2020 | So sánh %. */
function wideSheet() {
  return sheetFrom(
    [
      ["BIỂU 07: TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2020 PHÂN THEO CÁC XÃ"],
      [],
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Toàn huyện",
        null,
        null,
        null,
        "Ủy ban nhân dân Xã A",
        null,
        null,
        null,
        "UBND Xã B",
      ],
      [
        null,
        null,
        null,
        "TH 2019",
        "KH 2020",
        "ƯTH 2020",
        "So sánh%",
        "TH2019",
        "KH2020",
        "ƯTH2020",
        "So sánh %",
        "TH2019",
        "KH2020",
        "ƯTH2020",
        "So sánh %",
      ],
      [
        null,
        null,
        null,
        null,
        null,
        null,
        "ƯTH2020/TH2019",
        null,
        null,
        null,
        "ƯTH2020/TH2019",
        null,
        null,
        null,
        "ƯTH2020/TH2019",
      ],
      [1, "I. NÔNG NGHIỆP", null, 0, 0, 0, null, 0, 0, 0, null, 0, 0, 0, null],
      [2, "1.Lúa", null, 0, 0, 0, null, 0, 0, 0, null, 0, 0, 0, null],
      [3, "- Diện tích", "Ha", 30, 33, 35, 1.17, 10, 11, 12, 1.2, 20, 22, 23, 1.15],
      [4, "- Năng suất", "Tạ/Ha", 55, 56, 57, 1.04, 50, 52, 53, 1.06, 60, 60, 61, 1.02],
    ],
    {
      merges: [
        "A3:A5",
        "B3:B5",
        "C3:C5",
        "D3:G3",
        "H3:K3",
        "L3:O3",
        "D4:D5",
        "E4:E5",
        "F4:F5",
        "H4:H5",
        "I4:I5",
        "J4:J5",
        "L4:L5",
        "M4:M5",
        "N4:N5",
      ],
    },
  );
}

describe("the wide layout: a column group per unit", () => {
  const reading = readPlanSheet(wideSheet());

  test("one table per unit, sharing the name, unit and STT columns", () => {
    expect(reading.findings).toEqual([]);
    expect(
      reading.tables.map((t) => ({
        unit: t.unit,
        group: t.group,
        columns: t.columns,
        ratio: t.ratioColumns,
      })),
    ).toEqual([
      {
        unit: "Toàn huyện",
        group: { index: 0, count: 3, isTotal: true, kind: "unit" },
        columns: { name: 2, unit: 3, baseline: 4, target: 5, forecast: 6 },
        ratio: [7],
      },
      {
        unit: "Xã A",
        group: { index: 1, count: 3, isTotal: false, kind: "unit" },
        columns: { name: 2, unit: 3, baseline: 8, target: 9, forecast: 10 },
        ratio: [11],
      },
      {
        unit: "Xã B",
        group: { index: 2, count: 3, isTotal: false, kind: "unit" },
        columns: { name: 2, unit: 3, baseline: 12, target: 13, forecast: 14 },
        ratio: [15],
      },
    ]);
  });

  test("the shared layout: header rows, year, last column, rows and hierarchy", () => {
    for (const table of reading.tables) {
      expect(table).toMatchObject({
        headerRows: [3, 4, 5],
        year: 2020,
        lastColumn: 15,
        firstDataRow: 6,
        lastDataRow: 9,
      });
      expect(table.labelColumn).toBe(1);
      expect(table.rows.map((r) => [r.row, r.label, r.parentRow, r.field])).toEqual([
        [7, "1.", undefined, "NÔNG NGHIỆP"],
        [8, "-", 7, "NÔNG NGHIỆP"],
        [9, "-", 7, "NÔNG NGHIỆP"],
      ]);
    }
  });

  test("each unit's cells are its own columns", () => {
    const [, xaA] = reading.tables;
    expect(xaA.rows[1].cells).toEqual({
      name: { value: "- Diện tích", numFmt: "General", address: "B8" },
      unit: { value: "Ha", numFmt: "General", address: "C8" },
      baseline: { value: 10, numFmt: "General", address: "H8" },
      target: { value: 11, numFmt: "General", address: "I8" },
      forecast: { value: 12, numFmt: "General", address: "J8" },
    });
  });

  test("group names without merged cells", () => {
    const sheet = sheetFrom([
      [
        "Chỉ tiêu",
        "Tổng số",
        null,
        "Phường 1",
        null,
        "Phường 2",
        null,
        "Phường 3",
        null,
        "Ghi chú",
      ],
      [null, "KH", "TH", "KH", "TH", "KH", "TH", "KH", "TH", null],
      ["Dân số", 30, 29, 10, 9, 10, 10, 10, 10, null],
    ]);
    const reading = readPlanSheet(sheet);
    expect(reading.tables.map((t) => [t.unit, t.group?.isTotal, t.columns])).toEqual([
      ["Tổng số", true, { name: 1, target: 2, actual: 3, notes: 10 }],
      ["Phường 1", false, { name: 1, target: 4, actual: 5, notes: 10 }],
      ["Phường 2", false, { name: 1, target: 6, actual: 7, notes: 10 }],
      ["Phường 3", false, { name: 1, target: 8, actual: 9, notes: 10 }],
    ]);
    expect(reading.tables[0].headerRows).toEqual([1, 2]);
  });

  test("units under the figures' headers (KH over the units)", () => {
    const sheet = sheetFrom(
      [
        ["Chỉ tiêu", "Kế hoạch 2024", null, null, "Thực hiện 2024", null, null],
        [null, "Toàn tỉnh", "Xã A", "Xã B", "Toàn tỉnh", "Xã A", "Xã B"],
        ["Dân số", 30, 10, 20, 29, 9, 20],
      ],
      { merges: ["A1:A2", "B1:D1", "E1:G1"] },
    );
    const reading = readPlanSheet(sheet);
    expect(reading.tables.map((t) => [t.unit, t.columns])).toEqual([
      ["Toàn tỉnh", { name: 1, target: 2, actual: 5 }],
      ["Xã A", { name: 1, target: 3, actual: 6 }],
      ["Xã B", { name: 1, target: 4, actual: 7 }],
    ]);
  });

  test("years over the columns are not units", () => {
    const sheet = sheetFrom(
      [
        ["Chỉ tiêu", "Năm 2022", "Năm 2023", null],
        [null, "Thực hiện", "Kế hoạch", "Thực hiện"],
        ["Dân số", 10, 11, 12],
      ],
      { merges: ["A1:A2", "C1:D1"] },
    );
    const reading = readPlanSheet(sheet);
    expect(reading.tables).toHaveLength(1);
    expect(reading.tables[0].group).toBeUndefined();
    expect(reading.tables[0].columns).toEqual({ name: 1, baseline: 2, target: 3, actual: 4 });
    expect(reading.tables[0].year).toBe(2023);
  });
});
