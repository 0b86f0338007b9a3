import { createWorkbook } from "../../../src/hosts/xlsx";
import type { Change, ChangeSet } from "../../../src/workbook/changeSet";
import { changeSet } from "../../../src/workbook/changeSet";
import { QUAN_7_WARDS } from "../../../src/workbook/demo/demoRoster";
import { distribute, type Distribution } from "../../../src/workbook/distribute/distribute";
import { IDENTITY_SHEET, readIdentity } from "../../../src/workbook/distribute/identity";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { valueAt } from "../../../src/workbook/sheetGrid";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { templateChanges } from "../../../src/workbook/templates/templateChanges";
import { demoParent } from "./demoParent";

const ISSUED = new Date("2023-06-20T08:00:00Z");

function only<K extends Change["kind"]>(changes: ChangeSet, kind: K, sheet?: string) {
  return changes.changes.filter(
    (c): c is Extract<Change, { kind: K }> =>
      c.kind === kind && (sheet === undefined || !("sheet" in c) || c.sheet === sheet),
  );
}

async function written(changes: ChangeSet): Promise<WorkbookSnapshot> {
  const book = createWorkbook();
  await book.apply(changes);
  return book.read();
}

describe("the demo district's targets, distributed for six months", () => {
  let result: Distribution;
  let tanPhong: WorkbookSnapshot;

  beforeAll(async () => {
    result = distribute(await demoParent(), {
      period: "6m",
      issued: ISSUED,
      deadline: "15/7/2023",
    });
    tanPhong = await written(result.workbooks[0].changes);
  }, 60_000);

  test("one workbook per ward of the allocation sheet, named by ward and period", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.parent).toBe("Quận 7");
    expect(result.year).toBe(2023);
    expect(result.workbooks.map((w) => w.unit)).toEqual(QUAN_7_WARDS.map((w) => w.name));
    expect(result.workbooks[0].fileName).toBe("phuong-tan-phong-6-thang-2023.xlsx");
    expect(result.workbooks[2].fileName).toBe("phuong-binh-thuan-6-thang-2023.xlsx");
  });

  test("the report sheet reads as the ward's plan table for the period", () => {
    const [sheet] = tanPhong.sheets;
    expect(tanPhong.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Phường Tân Phong", "visible"],
      ["Hướng dẫn", "visible"],
      [IDENTITY_SHEET, "veryHidden"],
    ]);
    const reading = readPlanSheet(sheet);
    expect(reading.tables).toHaveLength(1);
    const [table] = reading.tables;
    expect(table.unit).toBe("Phường Tân Phong");
    expect(table.period).toBe("6m");
    expect(table.year).toBe(2023);
    // The parent's own statistics ("Cách tổng hợp: không") are not asked of the wards.
    const codes = table.rows.map((r) => r.cells.code?.value);
    expect(codes).toContain("KT09");
    expect(codes).not.toContain("KT03");
    expect(codes).toHaveLength(result.workbooks[0].given.length);
  });

  test("totals the district did not split are no ward's target: reported, not judged", () => {
    const given = new Map(result.workbooks[0].given.map((g) => [g.code, g]));
    expect(given.get("KT05")?.target).toBe("-");
    expect(given.get("KT10")?.target).toBe("-");
    const [sheet] = tanPhong.sheets;
    expect(valueAt(sheet, given.get("KT05")?.row ?? 0, 15)).toBe(
      "Quận 7 chưa phân bổ chỉ tiêu này: chỉ báo cáo số thực hiện, không đánh giá",
    );
    expect(result.findings.map((f) => [f.rule, f.params.codes])).toEqual([
      ["distribute_unsplit_totals", "KT05, KT10, DT03"],
    ]);
  });

  test("allocated targets are the ward's share; others the district's own, said in the notes", () => {
    const given = new Map(result.workbooks[0].given.map((g) => [g.code, g]));
    expect(given.get("KT09")?.target).toBe(953.1);
    expect(given.get("XH06")?.target).toBe("giảm 66 hộ");
    expect(given.get("KT13")?.target).toBe("ít nhất 97%");
    const [sheet] = tanPhong.sheets;
    const row = given.get("KT13")?.row ?? 0;
    expect(valueAt(sheet, row, 15)).toBe("Kế hoạch chung của Quận 7");
    expect(valueAt(sheet, given.get("KT09")?.row ?? 0, 15)).toBeNull();
  });

  test("only the entry cells are unlocked: actual, estimate, notes, and last year where asked", () => {
    const { changes, layout } = result.workbooks[0];
    const [protect] = only(changes, "protectSheet", "Phường Tân Phong");
    const unlocked = protect.unlocked;
    expect(unlocked).toContain(`K${layout.firstRow + 1}:L${layout.rows[9]}`);
    expect(unlocked.filter((r) => r.startsWith("H"))).toEqual(
      layout.typedBaselineRows.map((r) => `H${r}`),
    );
    // KT11 'vượt dự toán 6-8%', XH06/XH07 'giảm … hộ', AN01 'giảm 3-5%': the ward's own last year.
    const typedCodes = layout.typedBaselineRows.map(
      (r) => result.workbooks[0].given.find((g) => g.row === r)?.code,
    );
    expect(typedCodes.sort()).toEqual(["AN01", "KT11", "XH06", "XH07"]);
    for (const range of unlocked) expect(range).toMatch(/^[HKLO]\d+(:[LO]\d+)?$/);
  });

  test("entry validations: rates 0–100, money not negative, counts whole, growth either way, milestones a list", () => {
    const { changes, given } = result.workbooks[0];
    const rule = (code: string) => {
      const row = given.find((g) => g.code === code)?.row ?? 0;
      return only(changes, "entryValidation").find((v) => {
        const [from, to] = v.range.replace(/[A-Z]/g, "").split(":").map(Number);
        return v.range.startsWith("K") && from <= row && row <= (to ?? from);
      });
    };
    expect(rule("KT13")?.rule).toEqual({ type: "decimal", min: 0, max: 100 });
    expect(rule("KT09")?.rule).toEqual({ type: "decimal", min: 0 });
    // Người, hộ, trạm are shown as whole numbers ("#,##0"): 0.515 trạm would show as "1".
    expect(rule("XH17")?.rule).toEqual({ type: "whole", min: 0 });
    expect(rule("XH02")?.rule).toEqual({ type: "whole", min: 0 });
    expect(rule("XH17")?.error?.message).toContain("số nguyên, không âm");
    expect(rule("KT01")?.rule).toEqual({ type: "decimal" });
    expect(rule("CC03")?.rule).toEqual({
      type: "list",
      list: ["Hoàn thành", "Đang thực hiện", "Chưa hoàn thành"],
    });
    expect(rule("KT13")?.error?.message).toContain("từ 0 đến 100");
    expect(rule("XH17")?.prompt?.title).toBe("Nhập số liệu");
  });

  test("statuses coloured Good / Neutral / Bad by the formula's own words", () => {
    const [format] = only(result.workbooks[0].changes, "conditionalFormat");
    expect(format.rules.map((r) => r.look)).toEqual(["good", "neutral", "bad"]);
    expect(format.rules[1].formula).toBe('OR($N8="Có nguy cơ")');
    expect(format.range).toMatch(/^M8:N\d+$/);
  });

  test("the identity comes back from the written file, and its fingerprint holds", () => {
    const read = readIdentity(tanPhong);
    expect(read?.from).toBe("sheet");
    expect(read?.selfConsistent).toBe(true);
    expect(read?.identity).toEqual(result.workbooks[0].identity);
    expect(read?.given).toEqual(result.workbooks[0].given);
    expect(read?.identity.issued).toBe("2023-06-20T08:00:00.000Z");
  });

  test("each ward's fingerprint differs, and the same plan gives the same one again", async () => {
    const prints = result.workbooks.map((w) => w.identity.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const later = new Date("2023-06-21T08:00:00Z");
    const again = distribute(await demoParent(), { period: "6m", issued: later });
    expect(again.workbooks.map((w) => w.identity.fingerprint)).toEqual(prints);
    const yearEnd = distribute(await demoParent(), { period: "year", issued: ISSUED });
    expect(yearEnd.workbooks[0].identity.fingerprint).not.toBe(prints[0]);
  });

  test("the instructions say what to fill, by when and how to send it back", () => {
    const guide = tanPhong.sheets[1].values.flat().filter((v) => typeof v === "string");
    const text = guide.join("\n");
    expect(text).toContain("Hạn gửi: 15/7/2023.");
    expect(text).toContain("phuong-tan-phong-6-thang-2023.xlsx");
    expect(text).toContain("4 chỉ tiêu tăng, giảm so với năm trước");
  });
});

describe("what the parent's workbook must say", () => {
  test("a plan that names no sub-units: one finding, no file", async () => {
    const book = createWorkbook();
    await book.apply(
      changeSet(templateChanges({ template: "district-plan", unit: "Quận 7", year: 2023 }).changes),
    );
    const result = distribute(await book.read(), { issued: ISSUED });
    expect(result.workbooks).toEqual([]);
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([["distribute_no_units", "A6"]]);
  });

  test("sub-units named on the command line need no allocation sheet", async () => {
    const book = createWorkbook();
    await book.apply(
      changeSet(templateChanges({ template: "district-plan", unit: "Quận 7", year: 2023 }).changes),
    );
    const result = distribute(await book.read(), { issued: ISSUED, units: ["Phường 1"] });
    expect(result.workbooks.map((w) => w.unit)).toEqual(["Phường 1"]);
    const target = (code: string) => result.workbooks[0].given.find((g) => g.code === code)?.target;
    // A rate applies to every ward; a total no ward can carry is not given, and said so.
    expect(target("KT13")).toBe("ít nhất 97%");
    expect(target("XH12")).toBe("không quá 2,97");
    expect(target("KT09")).toBe("-");
    expect(target("XH06")).toBe("-");
    const [unsplit] = result.findings;
    expect(unsplit.rule).toBe("distribute_unsplit_totals");
    expect(unsplit.params.codes).toContain("KT09");
  });

  test("a total typed as text that cannot be read (1.200: 1,2 or 1200?) is not given whole either", async () => {
    const book = createWorkbook();
    await book.apply(
      changeSet(templateChanges({ template: "district-plan", unit: "Quận 7", year: 2023 }).changes),
    );
    const plan = (await book.read()).sheets[0];
    const table = readPlanSheet(plan).tables[0];
    const row = table.rows.find((r) => r.cells.code?.value === "KT09");
    const at = `${String.fromCharCode(64 + (table.columns.target ?? 0))}${row?.row ?? 0}`;
    await book.apply(
      changeSet([{ kind: "values", sheet: plan.name, anchor: at, rows: [["từ 1.200 trở lên"]] }]),
    );
    const result = distribute(await book.read(), { issued: ISSUED, units: ["Phường 1"] });
    expect(result.workbooks[0].given.find((g) => g.code === "KT09")?.target).toBe("-");
    expect(result.findings[0].params.codes).toContain("KT09");
  });

  test("a workbook without a plan: one finding", async () => {
    const result = distribute({ sheets: [] }, { issued: ISSUED, units: ["Phường 1"] });
    expect(result.findings.map((f) => f.rule)).toEqual(["distribute_no_plan"]);
  });

  test("a ward's own sheet in the parent's workbook gives its last year's figures", async () => {
    const result = distribute(await demoParent({ wards: true }), {
      issued: ISSUED,
      period: "year",
    });
    const tanPhong = result.workbooks[0];
    const own = tanPhong.given.filter((g) => g.baseline !== null).map((g) => g.code);
    expect(own.length).toBeGreaterThan(0);
    // A ward with its own last year's figure types none.
    const rows = new Set(tanPhong.layout.typedBaselineRows);
    for (const g of tanPhong.given) if (g.baseline !== null) expect(rows.has(g.row)).toBe(false);
    // A ward without a sheet of its own in the parent's workbook has none.
    const binhThuan = result.workbooks[2];
    expect(binhThuan.given.every((g) => g.baseline === null)).toBe(true);
  });
});
