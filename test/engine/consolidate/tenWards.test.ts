import { consolidate, type UnitPlan } from "../../../src/engine/consolidate";
import type { ConsolidatedIndicator } from "../../../src/engine/consolidate";
import type { Target } from "../../../src/engine/model/target";
import {
  DISTRICT_PLAN,
  WARD_PLAN,
  templateIndicators,
  type TemplateIndicator,
} from "../../../src/engine/templates";
import { WARDS } from "../../workbook/consolidate/tenWards";
import { fromTemplate, indicator, split, type Figure, type IndicatorSpec } from "./support";

const district = new Map(templateIndicators(DISTRICT_PLAN).map((t) => [t.code, t]));
const fieldOf = new Map(
  DISTRICT_PLAN.fields.flatMap((f) => f.indicators.map((t) => [t.code, f.name] as const)),
);

/** A sum-rule target that is a level or a count: split among the wards. */
function isAllocated(t: TemplateIndicator): boolean {
  return t.aggregation.rule === "sum" && !t.target.relative && t.target.value !== undefined;
}

function wardTarget(t: TemplateIndicator, w: number): Target {
  if (!isAllocated(t)) return t.target;
  return { ...t.target, value: split(t.target.value ?? 0, WARDS.length)[w] };
}

function wardActual(t: TemplateIndicator, w: number, target: Target): Figure {
  if (t.aggregation.rule === "all") return t.code === "CC03" && w === 9 ? "in_progress" : "done";
  if (t.aggregation.rule === "sum") return Math.round((target.value ?? 1) * (90 + 3 * w)) / 100;
  const level = target.value ?? 50;
  return Math.min(100, Math.round((level + (w - 4.5) * 0.4) * 100) / 100);
}

/** Each ward's figures: targets split from the district's, actuals around them. */
function wardPlan(w: number): UnitPlan {
  const specs: IndicatorSpec[] = templateIndicators(WARD_PLAN).map((ward) => {
    const t = district.get(ward.code) ?? ward;
    const target = wardTarget(t, w);
    const baseline =
      t.baseline !== undefined && t.aggregation.rule === "sum"
        ? split(t.baseline, WARDS.length)[w]
        : t.baseline;
    return fromTemplate(
      ward,
      {
        target,
        targetText: "",
        actual: wardActual(t, w, target),
        ...(baseline === undefined ? {} : { baseline }),
      },
      fieldOf.get(ward.code),
    );
  });
  const sheet = WARDS[w];
  return {
    unit: WARDS[w],
    sheet,
    indicators: specs.map((spec, i) => indicator(sheet, 6 + i, spec)),
    findings: [],
  };
}

const wardCodes = new Set(templateIndicators(WARD_PLAN).map((t) => t.code));

/** The district's own sheet: its targets and rules, and figures for what wards do not report. */
const parent = {
  unit: "Quận Nam Từ Liêm",
  sheet: "Tổng hợp",
  indicators: templateIndicators(DISTRICT_PLAN).map((t, i) =>
    indicator(
      "Tổng hợp",
      6 + i,
      fromTemplate(
        t,
        wardCodes.has(t.code)
          ? {}
          : {
              actual:
                t.target.kind === "milestone" && !t.target.value ? "done" : (t.target.value ?? 1),
            },
        fieldOf.get(t.code),
      ),
    ),
  ),
};

const wards = WARDS.map((_, w) => wardPlan(w));
const result = consolidate({ parent, units: wards, expectedUnits: WARDS }, { period: "year" });
const byCode = new Map(result.indicators.map((i) => [i.code, i]));

function consolidated(code: string): ConsolidatedIndicator {
  const found = byCode.get(code);
  if (!found) throw new Error(`${code} was not consolidated`);
  return found;
}

function actualsOf(code: string): number[] {
  return wards.map((ward) => {
    const value = ward.indicators.find((i) => i.code === code)?.actual;
    return value?.kind === "number" ? value.value : NaN;
  });
}

describe("a district consolidating its ten wards (district and ward plan templates)", () => {
  test("every ward is taken, every district indicator comes out once, in the district's order", () => {
    expect(result.units.map((u) => u.unit)).toEqual(WARDS);
    expect(result.indicators.map((i) => i.code)).toEqual(
      templateIndicators(DISTRICT_PLAN).map((t) => t.code),
    );
    expect(result.summary.total).toBe(result.indicators.length);
  });

  test("no errors or warnings: the targets add up, units and rules agree", () => {
    const serious = result.findings.filter((f) => f.severity !== "info");
    expect(serious).toEqual([]);
    // What only the district reports (weighted by KT05, KT05 itself…) is its own figure.
    const parentOnly = result.findings.filter((f) => f.rule === "not_in_sub_units");
    const districtOnly = templateIndicators(DISTRICT_PLAN).filter(
      (t) => !wardCodes.has(t.code) && t.aggregation.rule !== "none",
    );
    expect(parentOnly).toHaveLength(districtOnly.length);
  });

  test.each(
    templateIndicators(WARD_PLAN)
      .filter((t) => t.aggregation.rule === "sum")
      .map((t) => [t.code]),
  )("%s: the sum of the wards' actuals, judged against the district's target", (code) => {
    const row = consolidated(code);
    const expected = actualsOf(code).reduce((a, b) => a + b, 0);
    expect(row.rule).toEqual({ rule: "sum" });
    expect(row.actual?.kind === "number" && row.actual.value).toBeCloseTo(expected, 6);
    expect(row.target).toEqual(district.get(code)?.target);
    expect(row.targetFrom).toBe("parent");
    expect(row.sources.filter((s) => s.column === "actual" && s.used)).toHaveLength(10);
  });

  test("XD01: the 180 new party members the district allocated, summed back", () => {
    const xd01 = consolidated("XD01");
    const targets = xd01.sources.filter((s) => s.column === "target").map((s) => s.value);
    expect(targets.reduce((a, b) => Number(a) + Number(b), 0)).toBe(180);
    expect(xd01.target?.value).toBe(180);
  });

  test.each(
    templateIndicators(WARD_PLAN)
      .filter((t) => t.aggregation.rule === "weighted_mean")
      .map((t) => [t.code, t.aggregation.rule === "weighted_mean" ? t.aggregation.weightCode : ""]),
  )("%s: the wards' rates weighted by %s", (code, weightCode) => {
    const rates = actualsOf(code);
    const weights = actualsOf(weightCode);
    const expected =
      rates.reduce((a, r, i) => a + r * weights[i], 0) / weights.reduce((a, b) => a + b, 0);
    const row = consolidated(code);
    expect(row.actual?.kind === "number" && row.actual.value).toBeCloseTo(expected, 9);
    expect(row.sources.filter((s) => s.column === "actual").map((s) => s.weight)).toEqual(weights);
  });

  test("“tất cả”: AN04 is done in every ward; CC03 is not done in Phường Xuân Phương", () => {
    expect(consolidated("AN04")).toMatchObject({
      actual: { kind: "milestone", state: "done" },
      status: "achieved",
    });
    expect(consolidated("CC03")).toMatchObject({
      actual: { kind: "milestone", state: "in_progress" },
      status: "not_achieved",
    });
  });

  test("“không” and district-only indicators keep the district's own figures", () => {
    for (const t of templateIndicators(DISTRICT_PLAN).filter((x) => !wardCodes.has(x.code))) {
      const row = consolidated(t.code);
      expect(row.ruleFrom).toBe("parent");
      expect(row.actual).toEqual(parent.indicators.find((i) => i.code === t.code)?.actual);
    }
  });

  test("the status matrix: ten wards × every indicator, null where a ward has no such row", () => {
    const { matrix } = result;
    expect(matrix.units).toEqual(WARDS);
    expect(matrix.rows.map((r) => r.code)).toEqual(result.indicators.map((i) => i.code));
    for (const row of matrix.rows) {
      expect(row.statuses).toHaveLength(10);
      const reported = wardCodes.has(row.code ?? "");
      expect(row.statuses.every((s) => (reported ? s !== null : s === null))).toBe(true);
    }
    const cc03 = matrix.rows.find((r) => r.code === "CC03");
    expect(cc03?.statuses[9]).toBe("not_achieved");
    expect(cc03?.statuses.slice(0, 9).every((s) => s === "achieved")).toBe(true);
  });

  test("the summary and the report sentence", () => {
    const { summary, sentence } = result;
    const counted = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(result.indicators.length);
    expect(summary.byField.map((f) => f.field)).toEqual(DISTRICT_PLAN.fields.map((f) => f.name));
    expect(sentence).toMatch(new RegExp(`^Hoàn thành \\d+/${result.indicators.length} chỉ tiêu`));
  });

  test("the sentence in English, and mid-year statuses judged on pace", () => {
    const english = consolidate({ parent, units: wards }, { period: "year", lang: "en" });
    expect(english.sentence).toMatch(/^Achieved \d+ of \d+ indicators/);
    const midYear = consolidate({ parent, units: wards }, { period: "6m" });
    expect(midYear.summary.period).toBe("6m");
    expect(midYear.sentence).toMatch(/^6 tháng: /);
  });
});
