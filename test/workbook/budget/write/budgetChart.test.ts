import JSZip from "jszip";
import { createWorkbook } from "../../../../src/hosts/xlsx";
import { openWorkbook } from "../../../../src/hosts/xlsx";
import { checkBudgetWorkbook } from "../../../../src/workbook/budget/check/checkBudgetWorkbook";
import { BUDGET_CHART_WORDS } from "../../../../src/workbook/budget/write/budgetChartSheet";
import { plantedBudgetWorkbook } from "../check/plantedBudgetWorkbook";

const CHART_SHEET = BUDGET_CHART_WORDS.vi.sheet;

/** Checks the workbook, writes the result, and returns the bytes written. */
async function checkedBytes(bytes: Uint8Array, lang: "vi" | "en" = "vi"): Promise<Uint8Array> {
  const workbook = await openWorkbook(bytes);
  const check = checkBudgetWorkbook(await workbook.read(), { lang });
  await workbook.apply(check.changes);
  return workbook.toBuffer();
}

async function chartParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
}

async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
}

describe("the budget chart sheet", () => {
  let once: Uint8Array;
  beforeAll(async () => {
    once = await checkedBytes(await plantedBudgetWorkbook());
  });

  test("is written with the lines of the execution table beside a bar chart", async () => {
    const snapshot = await (await openWorkbook(once)).read();
    const sheet = snapshot.sheets.find((s) => s.name === CHART_SHEET);
    expect(sheet).toBeDefined();
    const rows = sheet?.values.filter((r) => typeof r[1] === "number").map((r) => r.slice(0, 4));
    // Top lines and their children with both figures; lines without them are left out.
    expect(rows).toEqual([
      ["A. Tổng thu ngân sách nhà nước trên địa bàn", 4435, 2300, 51.9],
      ["I. Thu nội địa (không kể thu tiền sử dụng đất)", 3935, 2100, 53.4],
      ["II. Thu tiền sử dụng đất", 500, 200, 40],
      ["B. Tổng chi ngân sách quận", 1752.631, 923.8, 52.7],
      ["I. Chi đầu tư phát triển", 820, 400, 48.8],
      ["II. Chi thường xuyên", 600.856, 327.8, 54.6],
      ["III. Chi chương trình mục tiêu", 150, 70, 46.7],
      ["IV. Chi sự nghiệp môi trường", 120, 95, 79.2],
      ["VIII. Dự phòng ngân sách", 38.375, 0, 0],
    ]);
  });

  test("the .xlsx holds one chart part, a bar chart over the sheet's rows", async () => {
    const parts = await chartParts(once);
    expect(parts).toHaveLength(1);
    const xml = await partText(once, parts[0]);
    expect(xml).toContain('<c:barDir val="bar"/>');
    // Under the notice (row 1), the committee (2), a gap, the title (4), "Đơn vị tính" (5), an
    // empty row, the table's caption (7) and header (8): its nine lines are rows 9–17.
    expect(xml).toContain("<c:f>'Biểu đồ ngân sách'!$A$9:$A$17</c:f>");
    expect(xml).toContain("<c:f>'Biểu đồ ngân sách'!$C$9:$C$17</c:f>");
  });

  test("a second run replaces the sheet and its chart", async () => {
    const twice = await checkedBytes(once);
    const names = (await (await openWorkbook(twice)).read()).sheets.map((s) => s.name);
    expect(names).toEqual(["Thu chi 6 tháng", "Cơ cấu kinh tế", "Biên chế", CHART_SHEET]);
    expect(await chartParts(twice)).toHaveLength(1);
  });

  test("a sheet of the user's with the same name is left alone", async () => {
    const gateway = createWorkbook();
    await gateway.apply({
      changes: [
        { kind: "addSheet", sheet: "NS" },
        {
          kind: "values",
          sheet: "NS",
          anchor: "A1",
          rows: [
            ["Nội dung", "Dự toán", "Thực hiện"],
            ["Tổng chi ngân sách quận", 1918.75, 1842],
          ],
        },
        { kind: "addSheet", sheet: CHART_SHEET },
        { kind: "values", sheet: CHART_SHEET, anchor: "A1", rows: [["Biểu đồ tự vẽ"]] },
      ],
    });
    const bytes = await checkedBytes(await gateway.toBuffer());
    const sheets = (await (await openWorkbook(bytes)).read()).sheets;
    expect(sheets.map((s) => s.name)).toEqual(["NS", CHART_SHEET, `${CHART_SHEET} (2)`]);
    expect(sheets[1].values).toEqual([["Biểu đồ tự vẽ"]]);

    // Again: the add-in's "(2)" is known by its notice and replaced; no "(3)" piles up.
    const again = (await (await openWorkbook(await checkedBytes(bytes))).read()).sheets;
    expect(again.map((s) => s.name)).toEqual(["NS", CHART_SHEET, `${CHART_SHEET} (2)`]);
    expect(again[1].values).toEqual([["Biểu đồ tự vẽ"]]);
  });

  test("a run in English replaces the Vietnamese chart sheet rather than adding one", async () => {
    const english = await checkedBytes(once, "en");
    const names = (await (await openWorkbook(english)).read()).sheets.map((s) => s.name);
    expect(names).toEqual([
      "Thu chi 6 tháng",
      "Cơ cấu kinh tế",
      "Biên chế",
      BUDGET_CHART_WORDS.en.sheet,
    ]);
    expect(await chartParts(english)).toHaveLength(1);
  });

  test("a workbook with nothing to chart gets no chart sheet", async () => {
    const gateway = createWorkbook();
    await gateway.apply({
      changes: [
        { kind: "addSheet", sheet: "Biên chế" },
        {
          kind: "values",
          sheet: "Biên chế",
          anchor: "A1",
          rows: [
            ["STT", "Nội dung", "Số lượng"],
            [null, "Tổng số biên chế", 2674],
            [1, "Cán bộ, công chức", 364],
            [2, "Viên chức", 1968],
            [3, "Hợp đồng lao động", 342],
          ],
        },
      ],
    });
    const workbook = await openWorkbook(await gateway.toBuffer());
    const check = checkBudgetWorkbook(await workbook.read());
    expect(check.chartSheet).toBeUndefined();
    expect(check.changes.changes.some((c) => c.kind === "chart" || c.kind === "addSheet")).toBe(
      false,
    );
  });
});
