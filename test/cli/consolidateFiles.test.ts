import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CheckReportJson } from "../../src/workbook/check/checkReportJson";
import type { ConsolidationReportJson } from "../../src/workbook/consolidate/consolidationReportJson";
import { BookFolder } from "../workbook/consolidate/realBooks";
import { actualOf, ENTRIES, PARENT_BOOK, WARDS, wardSpec } from "../workbook/consolidate/tenWards";
import { DiskIo } from "./memoryIo";

const FORMULA_TEXT = "=SUM(A1:A2) dân số";

describe("chitieu consolidate over real files: --json and the written report", () => {
  let folder: BookFolder;
  let io: DiskIo;
  let wards: string[];
  let parent: string;
  let typedFirst: string;

  beforeAll(async () => {
    folder = await BookFolder.make();
    io = new DiskIo();
    parent = await folder.write("quan.xlsx", PARENT_BOOK);
    wards = [];
    for (const [w] of WARDS.slice(0, 4).entries()) {
      const entries =
        w === 1
          ? {
              ...ENTRIES[w],
              XH01: { ...ENTRIES[w].XH01, name: FORMULA_TEXT },
              KT09: { actual: "abc" },
            }
          : ENTRIES[w];
      wards.push(await folder.write(`phuong-${w}.xlsx`, [wardSpec(w, { entries })]));
    }
    const entries = { ...ENTRIES[0], XH01: { ...ENTRIES[0].XH01, name: FORMULA_TEXT } };
    typedFirst = await folder.write("typed.xlsx", [wardSpec(0, { entries })]);
  }, 60_000);

  afterAll(async () => folder.remove());

  const run = (...args: string[]) => io.run(...args);

  test("--json: per code {code, name, rule, actual, target, status} with the rolled-up figures", async () => {
    const out = join(folder.dir, "report.xlsx");
    const { code, out: printed } = await run(
      "consolidate",
      ...wards,
      "--plan",
      parent,
      "--out",
      out,
      "--json",
    );
    expect(code).toBe(0);
    const doc = JSON.parse(printed) as ConsolidationReportJson;
    expect(doc.files).toEqual(wards);
    expect(doc.plan).toBe(parent);
    expect(doc.units).toEqual(WARDS.slice(0, 4));
    const xd01 = doc.indicators.find((i) => i.code === "XD01");
    expect(xd01).toMatchObject({
      name: "Kết nạp đảng viên mới",
      rule: "tổng",
      actual: [0, 1, 2, 3].reduce((a, w) => a + actualOf(w, "XD01"), 0),
      target: 180,
      targetFrom: "parent",
    });
    const people = [0, 1, 2, 3].map((w) => actualOf(w, "XH01"));
    const xh20 = doc.indicators.find((i) => i.code === "XH20");
    expect(xh20?.rule).toBe("bình quân theo XH01");
    const mean =
      people.reduce((a, p, w) => a + p * actualOf(w, "XH20"), 0) / people.reduce((a, b) => a + b);
    expect(xh20?.actual).toBeCloseTo(mean, 9);
    // The parent expects ten wards and four came: every roll-up lacks six, so it is shown as
    // partial and not judged ("hoàn thành" by four wards is not the district's).
    const absent = WARDS.slice(4);
    expect(doc.indicators.find((i) => i.code === "AN04")).toMatchObject({
      actual: "done",
      target: "hoàn thành",
      partial: { actual: absent },
      status: "missing",
    });
    expect(xd01?.status).toBe("missing");
    // Phường Đại Mỗ's "abc" is no figure: KT09 is the three others' sum, partial, not judged.
    expect(doc.indicators.find((i) => i.code === "KT09")).toMatchObject({
      actual: expect.closeTo(
        [0, 2, 3].reduce((a, w) => a + actualOf(w, "KT09"), 0),
        6,
      ),
      partial: { actual: [WARDS[1], ...absent], forecast: null },
      status: "missing",
      percent: null,
    });
    expect(doc.summary.total).toBe(doc.indicators.length);
    const counted = Object.values(doc.summary.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(doc.summary.total);
    expect(doc.summary.sentence).toMatch(/^Hoàn thành \d+\/\d+ chỉ tiêu/);
    // The six wards the allocation sheet lists that sent nothing.
    const missing = doc.findings.filter((f) => f.rule === "expected_unit_missing");
    expect(missing.map((f) => f.message)).toEqual(
      WARDS.slice(4).map((w) => expect.stringContaining(w)),
    );
  }, 60_000);

  test("the printed report names a ward that sent nothing without an empty place before it", async () => {
    const out = join(folder.dir, "printed.xlsx");
    const { out: printed } = await run("consolidate", ...wards, "--plan", parent, "--out", out);
    const lines = printed.split("\n").filter((l) => l.includes("Chưa có báo cáo"));
    expect(lines).toEqual(
      WARDS.slice(4).map(
        (w) => `  Lỗi: Chưa có báo cáo của “${w}”; số tổng hợp chưa có phần của đơn vị này.`,
      ),
    );
  }, 60_000);

  test("findings are shaped as `chitieu check --json`'s, and a ward's own are the same", async () => {
    const out = join(folder.dir, "r2.xlsx");
    const consolidated = await run("consolidate", ...wards, "--out", out, "--json");
    const doc = JSON.parse(consolidated.out) as ConsolidationReportJson;
    const checked = await run("check", wards[1], "--json");
    const check = JSON.parse(checked.out) as CheckReportJson;
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(doc.findings[0])).toEqual(keys(check.findings[0]));
    expect(keys(doc.summary)).toEqual(keys(check.summary));
    const abc = (f: { message: string }) => f.message.includes("abc");
    expect(doc.findings.filter(abc)).toEqual(check.findings.filter(abc));
    expect(doc.findings.filter(abc)).toEqual([
      expect.objectContaining({ rule: "not_a_number", sheet: `KH 2023 - ${WARDS[1]}` }),
    ]);
    const kt09 = doc.indicators.find((i) => i.code === "KT09");
    expect(kt09?.findings.every((f) => keys(f).join() === keys(check.findings[0]).join())).toBe(
      true,
    );
  }, 60_000);

  test("text beginning with '=' in a ward's cell is text in every sheet of the written report", async () => {
    const out = join(folder.dir, "text.xlsx");
    // Without a plan the first ward's sheet names the indicators.
    const args = ["consolidate", typedFirst, ...wards.slice(1), "--out", out];
    expect((await run(...args)).code).toBe(0);
    const report = await folder.open(out);
    expect(report.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp các đơn vị",
      "Nguồn",
      "Ma trận đánh giá",
    ]);
    for (const sheet of report.sheets) {
      const cells = sheet.values.flatMap((row, r) =>
        row.map((value, c) => ({ value, formula: sheet.formulas[r][c] })),
      );
      expect(cells.filter((c) => c.value === FORMULA_TEXT).length).toBeGreaterThan(0);
      expect(cells.filter((c) => c.formula !== null)).toEqual([]);
    }
    // And in the bytes: an inline or shared string, never an <f> element.
    expect(Buffer.from(await readFile(out)).includes("<f>")).toBe(false);
  }, 60_000);
});
