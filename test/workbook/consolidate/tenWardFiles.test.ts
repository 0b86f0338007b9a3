import { DISTRICT_PLAN, templateIndicators } from "../../../src/engine/templates";
import {
  consolidateWorkbooks,
  type WorkbookConsolidation,
} from "../../../src/workbook/consolidate/consolidateWorkbooks";
import { BookFolder } from "./realBooks";
import { actualOf, district, PARENT, PARENT_BOOK, SHARES, WARDS, wardSpec } from "./tenWards";

describe("a district and its ten wards as real .xlsx files made from the templates", () => {
  let folder: BookFolder;
  let result: WorkbookConsolidation;

  beforeAll(async () => {
    folder = await BookFolder.make();
    const parent = await folder.write("quan.xlsx", PARENT_BOOK);
    const files = await Promise.all(
      WARDS.map((_, w) => folder.write(`phuong-${w}.xlsx`, [wardSpec(w)])),
    );
    const snapshots = await Promise.all(files.map((f) => folder.open(f)));
    result = consolidateWorkbooks(snapshots, await folder.open(parent), { period: "year" });
  }, 120_000);

  afterAll(async () => folder.remove());

  const row = (code: string) => {
    const found = result.indicators.find((i) => i.code === code);
    if (!found) throw new Error(`${code} missing`);
    return found;
  };

  test("every ward is taken under its own name; the district's name comes from its title", () => {
    expect(result.units.map((u) => u.unit)).toEqual(WARDS);
    expect(result.parentUnit).toBe(PARENT);
    expect(result.indicators.map((i) => i.code)).toEqual(
      templateIndicators(DISTRICT_PLAN).map((t) => t.code),
    );
  });

  test("the district's plan has no figures of its own: it is not called a unit that did not report", () => {
    expect(result.findings.filter((f) => f.rule === "unit_not_reported")).toEqual([]);
  });

  test("no errors: targets, allocation sheet, units and rules agree; no ward is missing", () => {
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "expected_unit_missing")).toEqual([]);
  });

  test.each(["KT09", "KT15", "XH01", "XD01"])("%s: the sum of the ten wards' actuals", (code) => {
    const sum = WARDS.reduce((a, _, w) => a + actualOf(w, code), 0);
    const r = row(code);
    expect(r.actual?.kind === "number" && r.actual.value).toBeCloseTo(sum, 6);
    expect(r.target?.value).toBe(district.get(code)?.target.value);
    expect(r.targetFrom).toBe("parent");
  });

  test("KT09: 8.664,9 tỷ đồng split among the wards; the roll-up is judged against it", () => {
    const sum = WARDS.reduce((a, _, w) => a + actualOf(w, "KT09"), 0);
    expect(row("KT09").percent).toBeCloseTo((sum / 8664.9) * 100, 6);
    expect(row("KT09").status).toBe(sum >= 8664.9 ? "exceeded" : "not_achieved");
  });

  test("XH20: health insurance cover, weighted by each ward's population XH01", () => {
    const people = WARDS.map((_, w) => actualOf(w, "XH01"));
    const rates = WARDS.map((_, w) => actualOf(w, "XH20"));
    const mean = rates.reduce((a, r, w) => a + r * people[w], 0) / people.reduce((a, b) => a + b);
    const r = row("XH20");
    expect(r.rule).toEqual({ rule: "weighted_mean", weightCode: "XH01" });
    expect(r.actual?.kind === "number" && r.actual.value).toBeCloseTo(mean, 9);
    expect(r.status).toBe(mean >= 93.5 ? "exceeded" : "not_achieved");
  });

  test("“tất cả”: AN04 done in every ward; CC03 still under way in Phường Xuân Phương", () => {
    expect(row("AN04")).toMatchObject({
      actual: { kind: "milestone", state: "done" },
      status: "achieved",
    });
    expect(row("CC03")).toMatchObject({
      actual: { kind: "milestone", state: "in_progress" },
      status: "not_achieved",
    });
    const matrix = result.matrix.rows.find((r) => r.code === "CC03");
    expect(matrix?.statuses[9]).toBe("not_achieved");
  });

  test("XD01: the shares the allocation sheet gives are the wards' own targets, adding up to 180", () => {
    const targets = row("XD01").sources.filter((s) => s.column === "target");
    expect(targets.map((s) => s.value)).toEqual(WARDS.map((w) => SHARES.XD01[w]));
    expect(targets.reduce((a, s) => a + Number(s.value), 0)).toBe(180);
    expect(row("XD01").findings.filter((f) => f.rule.startsWith("allocat"))).toEqual([]);
  });

  test("the summary sentence counts what the statuses say", () => {
    const { counts, total } = result.summary;
    const done = counts.achieved + counts.exceeded;
    expect(total).toBe(result.indicators.length);
    expect(result.sentence).toMatch(
      new RegExp(
        `^Hoàn thành ${done}/${total} chỉ tiêu .*trong đó ${counts.exceeded} chỉ tiêu vượt`,
      ),
    );
  });
});
