import { main } from "../../src/cli/main";
import { getTemplate } from "../../src/engine/templates/catalogue";
import type { PlanTemplateId } from "../../src/engine/templates/types";
import { createWorkbook } from "../../src/hosts/xlsx";
import { openWorkbook } from "../../src/hosts/xlsx";
import { address } from "../../src/workbook/a1";
import { changeSet, type Change } from "../../src/workbook/changeSet";
import { fillDemoFigures } from "../../src/workbook/demo/fillDemoFigures";
import { readPlanSheet } from "../../src/workbook/read/readPlanSheet";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { templateChanges } from "../../src/workbook/templates/templateChanges";
import { MemoryIo } from "./memoryIo";

const WARDS = ["Phường Tân Phong", "Phường Tân Hưng", "Phường Bình Thuận"];

/** A plan workbook from a template with a year's figures; `edit` changes it afterwards. */
async function planFile(
  template: PlanTemplateId,
  unit: string,
  index: number,
  edit?: (sheet: SheetSnapshot) => Change[],
): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const made = templateChanges({
    template,
    unit,
    year: 2023,
  });
  await workbook.apply(changeSet(made.changes));
  const blank = await workbook.read();
  const figures = blank.sheets.flatMap((s) =>
    fillDemoFigures(s, [getTemplate(template)], "year", index),
  );
  await workbook.apply(changeSet(figures));
  if (edit) {
    const filled = await workbook.read();
    await workbook.apply(changeSet(filled.sheets.flatMap(edit)));
  }
  return workbook.toBuffer();
}

function codeOf(row: { cells: { code?: { value: unknown } } }): string | undefined {
  const value = row.cells.code?.value;
  return typeof value === "string" ? value : undefined;
}

/** Clears the whole row of `code` on a plan sheet: the ward no longer reports it. */
function dropCode(code: string) {
  return (sheet: SheetSnapshot): Change[] =>
    readPlanSheet(sheet).tables.flatMap((table) =>
      table.rows
        .filter((row) => codeOf(row) === code)
        .map((row): Change => ({
          kind: "values",
          sheet: sheet.name,
          anchor: address(row.row, 1),
          rows: [Array(table.lastColumn).fill(null)],
        })),
    );
}

/** Types `text` into the `column` cell of `code`'s row. */
function typeInto(code: string, column: "name" | "actual", text: string) {
  return (sheet: SheetSnapshot): Change[] =>
    readPlanSheet(sheet).tables.flatMap((table) =>
      table.rows
        .filter((row) => codeOf(row) === code && table.columns[column] !== undefined)
        .map((row): Change => ({
          kind: "values",
          sheet: sheet.name,
          anchor: address(row.row, table.columns[column] as number),
          rows: [[text]],
        })),
    );
}

async function snapshotOf(data: Uint8Array): Promise<WorkbookSnapshot> {
  return (await openWorkbook(data)).read();
}

/** Each code's actual on a ward file, where it is a number. */
async function actuals(data: Uint8Array): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const sheet of (await snapshotOf(data)).sheets) {
    for (const table of readPlanSheet(sheet).tables) {
      for (const row of table.rows) {
        const code = codeOf(row);
        const value = row.cells.actual?.value;
        if (code && typeof value === "number") out.set(code, value);
      }
    }
  }
  return out;
}

interface JsonReport {
  indicators: Array<{
    code: string | null;
    name: string;
    rule: string | null;
    actual: number | string | null;
    target: number | string | null;
    status: string;
  }>;
  findings: Array<{ severity: string; rule: string; message: string }>;
}

async function wardCode(): Promise<string> {
  const sheet = (await snapshotOf(await planFile("ward-plan", WARDS[0], 1))).sheets[0];
  const codes = readPlanSheet(sheet).tables.flatMap((t) => t.rows.map(codeOf));
  return codes.find((c): c is string => c !== undefined) as string;
}

describe("chitieu consolidate", () => {
  let io: MemoryIo;
  let dropped: string;

  beforeAll(async () => {
    io = new MemoryIo();
    dropped = await wardCode();
    io.files.set("parent.xlsx", await planFile("district-plan", "Quận 7", 0));
    for (const [i, ward] of WARDS.entries()) {
      const edit = i === 2 ? dropCode(dropped) : undefined;
      io.files.set(`ward${i}.xlsx`, await planFile("ward-plan", ward, i + 1, edit));
    }
  }, 60_000);

  async function run(...args: string[]) {
    io.out = "";
    io.err = "";
    const code = await main(args, io);
    return { code, out: io.out, err: io.err };
  }

  const wardFiles = () => WARDS.map((_, i) => `ward${i}.xlsx`);

  test("--json: a sum-rule code's actual is the wards' sum", async () => {
    const { code, out } = await run(
      "consolidate",
      ...wardFiles(),
      "--plan",
      "parent.xlsx",
      "--out",
      "report.xlsx",
      "--json",
    );
    expect(code).toBe(0);
    const doc = JSON.parse(out) as JsonReport;
    const wards = await Promise.all(
      wardFiles().map(async (f) => actuals(io.files.get(f) as Uint8Array)),
    );
    const summed = doc.indicators.filter(
      (i) =>
        i.rule === "tổng" &&
        typeof i.actual === "number" &&
        i.code !== null &&
        wards.every((w) => w.has(i.code as string)),
    );
    expect(summed.length).toBeGreaterThan(0);
    for (const i of summed) {
      const sum = wards.reduce((s, w) => s + (w.get(i.code as string) ?? 0), 0);
      expect(i.actual).toBeCloseTo(sum, 6);
    }
  });

  test("--strict exits 1 when a finding is an error, 0 without it", async () => {
    const clean = ["consolidate", ...wardFiles(), "--out", "r.xlsx", "--json"];
    const plain = JSON.parse((await run(...clean)).out) as JsonReport;
    expect(plain.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect((await run(...clean, "--strict")).code).toBe(0);

    const code = await wardCode();
    io.files.set(
      "bad.xlsx",
      await planFile("ward-plan", "Phường Tân Kiểng", 4, typeInto(code, "actual", "abc")),
    );
    const bad = [...clean, "bad.xlsx"];
    const report = JSON.parse((await run(...bad)).out) as JsonReport;
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toContain(
      "not_a_number",
    );
    expect((await run(...bad)).code).toBe(0);
    expect((await run(...bad, "--strict")).code).toBe(1);
  });

  test("a ward missing a code gives a finding naming the ward and the code", async () => {
    const { out } = await run("consolidate", ...wardFiles(), "--out", "r.xlsx", "--json");
    const doc = JSON.parse(out) as JsonReport;
    const named = doc.findings.filter(
      (f) => f.message.includes(WARDS[2]) && f.message.includes(dropped),
    );
    expect(named.length).toBeGreaterThan(0);
  });

  test("the output workbook has the consolidated, source and matrix sheets", async () => {
    const { code, out } = await run(
      "consolidate",
      ...wardFiles(),
      "--plan",
      "parent.xlsx",
      "--out",
      "report.xlsx",
    );
    expect(code).toBe(0);
    expect(out).toMatch(/Đã ghi report\.xlsx/);
    const snapshot = await snapshotOf(io.files.get("report.xlsx") as Uint8Array);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp Quận 7",
      "Nguồn",
      "Ma trận đánh giá",
    ]);
    // Each sheet: the ownership notice, the title block (committee, title, period), a blank row,
    // then its table.
    const matrix = snapshot.sheets[2];
    expect(matrix.values[0][0]).toMatch(/^Trang do Chỉ tiêu tạo khi tổng hợp/);
    expect(matrix.values[1][0]).toBe("ỦY BAN NHÂN DÂN\nQUẬN 7");
    expect(matrix.values[3][0]).toBe("ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU THEO TỪNG ĐƠN VỊ");
    expect(matrix.values[6]).toEqual(expect.arrayContaining(WARDS));
    const sources = snapshot.sheets[1];
    const units = new Set(sources.values.slice(8).map((r) => r[2]));
    expect([...units]).toEqual(expect.arrayContaining(WARDS));
  });

  test("text beginning with '=' in a ward's name cell stays text in the output", async () => {
    const mine = new MemoryIo();
    const code = await wardCode();
    mine.files.set(
      "a.xlsx",
      await planFile("ward-plan", WARDS[0], 1, typeInto(code, "name", "=abc")),
    );
    mine.files.set("b.xlsx", await planFile("ward-plan", WARDS[1], 2));
    expect(await main(["consolidate", "a.xlsx", "b.xlsx", "--out", "o.xlsx"], mine)).toBe(0);
    const snapshot = await snapshotOf(mine.files.get("o.xlsx") as Uint8Array);
    const cells = snapshot.sheets.flatMap((s) =>
      s.values.flatMap((row, r) => row.map((value, c) => ({ value, formula: s.formulas[r][c] }))),
    );
    const abc = cells.filter((c) => c.value === "=abc");
    expect(abc.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.formula === null)).toBe(true);
  }, 30_000);

  test("an .xls input is refused with exit 2 and one line", async () => {
    io.files.set("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const { code, err } = await run("consolidate", "ward0.xlsx", "old.xls", "--out", "x.xlsx");
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/old\.xls/);
    expect(io.files.has("x.xlsx")).toBe(false);
  });
});
