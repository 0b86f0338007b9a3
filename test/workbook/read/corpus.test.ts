import { readPlanSheet, type PlanSheetReading } from "../../../src/workbook/read/readPlanSheet";
import { corpusFiles, expectedSnapshot, openCorpusFile } from "../../support/corpus";

const files = corpusFiles();

async function readFile(name: string): Promise<PlanSheetReading[]> {
  const snapshot = await openCorpusFile(name);
  return snapshot.sheets.map((sheet) => readPlanSheet(sheet));
}

describe("the real corpus", () => {
  test("vn01, Biểu 07: eleven unit tables in the wide layout", async () => {
    const [reading] = await readFile("vn01");
    expect(reading.findings).toEqual([]);
    const { tables } = reading;
    expect(tables).toHaveLength(11);
    expect(tables[0].unit).toBe("Toàn huyện");
    expect(tables[0].group).toEqual({ index: 0, count: 11, isTotal: true, kind: "unit" });
    expect(tables.slice(1).map((t) => t.unit)).toEqual([
      "Thị Trấn D'ran",
      "Thị Trấn Thạnh Mỹ",
      "Xã Đạ Ròn",
      "Xã Ka Đô",
      "Xã Ka Đơn",
      "Xã Lạc Xuân",
      "Xã Lạc Lâm",
      "Xã Pró",
      "Xã Quảng Lập",
      "Xã Tu Tra",
    ]);
    for (const [i, table] of tables.entries()) {
      const first = 4 + 5 * i;
      expect(table.columns).toEqual({
        name: 2,
        unit: 3,
        baseline: first,
        target: first + 1,
        forecast: first + 2,
      });
      expect(table.ratioColumns).toEqual([first + 3, first + 4]);
      expect(table).toMatchObject({
        year: 2020,
        headerRows: [4, 5, 6, 7],
        firstDataRow: 8,
        lastDataRow: 232,
        lastColumn: 58,
      });
      expect(table.group?.isTotal).toBe(i === 0);
      // Issue 10: eleven unit groups, the report year 2020 judged on its own plan.
      expect(table.group?.kind).toBe("unit");
      expect(table.measure).toBeUndefined();
      expect(table.yearSpan).toBeUndefined();
      expect(table.nextTargetColumn).toBeUndefined();
      expect(table.hiddenRowCount).toBe(0);
      expect(table.yearColumns).toEqual([
        { column: first, kind: "actual", from: 2019, to: 2019, use: "baseline" },
        { column: first + 1, kind: "plan", from: 2020, to: 2020, use: "target" },
        { column: first + 2, kind: "actual", from: 2020, to: 2020, use: "forecast" },
      ]);
      // 225 lines less the four field headings (E., G., F., H.).
      expect(table.rows).toHaveLength(221);
    }

    const rows = new Map(tables[0].rows.map((r) => [r.row, r]));
    const at = (row: number) => {
      const r = rows.get(row);
      return r && { label: r.label, parentRow: r.parentRow, field: r.field };
    };
    expect(rows.has(8)).toBe(false); // "E. SẢN XUẤT NÔNG NGHIÊP": a field heading
    expect(at(9)).toEqual({ label: "I.", parentRow: undefined, field: "SẢN XUẤT NÔNG NGHIÊP" });
    expect(at(10)).toMatchObject({ label: "1.", parentRow: 9 });
    expect(at(11)).toMatchObject({ label: "1.2.", parentRow: 10 });
    expect(at(12)).toMatchObject({ label: "-", parentRow: 11 });
    expect(at(27)).toMatchObject({ label: "1.1.", parentRow: 10 });
    expect(at(97)).toMatchObject({ label: "a.", parentRow: 93 });
    expect(at(199)).toMatchObject({ label: undefined, parentRow: 198 }); // "Trong dân" under "- Bò sữa"
    expect(at(191)).toEqual({ label: "1.", parentRow: undefined, field: "LÂM NGHIỆP" });

    const row10 = rows.get(10);
    expect(row10?.cells.baseline).toMatchObject({ value: 292.5, address: "D10" });
    expect(row10?.cells.target).toMatchObject({ value: 393, address: "E10" });
    expect(row10?.cells.forecast).toMatchObject({ value: 1706.2, address: "F10" });
    expect(tables[10].rows.find((r) => r.row === 10)?.cells.target).toMatchObject({
      value: 21,
      address: "BC10",
    });
  });

  test("vn03, a commune's data-entry form: its unit from “Địa bàn”", async () => {
    const [reading] = await readFile("vn03");
    expect(reading.findings).toEqual([]);
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table).toMatchObject({
      unit: "Xã Thuận Hạnh",
      year: 2020,
      headerRows: [7],
      columns: { name: 1, target: 2, actual: 3, forecast: 4, unit: 5 },
      firstDataRow: 8,
      lastDataRow: 14,
      lastColumn: 6,
    });
    expect(table.rows.map((r) => r.cells.name?.value)).toEqual([
      "Số lượng vật nuôi",
      "Gia súc",
      "Trâu",
      "Bò",
      "Dê",
      "Heo",
      "Gia cầm",
    ]);
    expect(table.rows[1].cells.actual).toMatchObject({ value: 8000, address: "C9" });
  });

  test.each(files)(
    "%s is read without throwing: tables or one clear finding per sheet",
    async (file) => {
      // Refused files are the gateway's business (test/hosts/xlsx/gateway); the rest must open.
      const snapshot = await expectedSnapshot(file);
      if (!snapshot) return;
      for (const sheet of snapshot.sheets) {
        // A hang fails through jest's timeout; speed is the bench's business.
        const reading = readPlanSheet(sheet);
        if (reading.tables.length === 0) {
          expect(reading.findings.filter((f) => f.rule === "no_plan_table")).toHaveLength(1);
        }
        for (const table of reading.tables) {
          expect(table.columns.name).toBeDefined();
          expect(table.lastDataRow).toBeGreaterThanOrEqual(table.firstDataRow - 1);
        }
      }
    },
  );
});
