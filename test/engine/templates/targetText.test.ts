import {
  DISTRICT_PLAN,
  PROVINCE_PLAN,
  TARGET_ALLOCATION,
  WARD_PLAN,
  findTemplateIndicator,
  templateIndicators,
} from "../../../src/engine/templates";
import type { PlanTemplate } from "../../../src/engine/templates";
import { isLowerBetter } from "../../../src/engine/model/target";
import type { Target, TargetKind } from "../../../src/engine/model/target";
import { viNumber } from "./viNumber";

/**
 * The seed figures, as the articles phrase them, and the target each must be. This is a table
 * of known cases, not the target parser (which has its own tests).
 */
const SEED_CASES: ReadonlyArray<[PlanTemplate, string, string, Target]> = [
  [DISTRICT_PLAN, "KT01", "từ 12% trở lên", { kind: "at_least", value: 12, percentSign: true }],
  [DISTRICT_PLAN, "KT02", "13-14%", { kind: "range", value: 13, max: 14, percentSign: true }],
  [DISTRICT_PLAN, "KT03", "10%", { kind: "at_least", value: 10, percentSign: true }],
  [DISTRICT_PLAN, "KT04", "11%", { kind: "at_least", value: 11, percentSign: true }],
  [DISTRICT_PLAN, "KT05", "50.068", { kind: "at_least", value: 50068 }],
  [DISTRICT_PLAN, "KT06", "61,6%", { kind: "at_least", value: 61.6, percentSign: true }],
  [DISTRICT_PLAN, "KT07", "không quá 38,3%", { kind: "at_most", value: 38.3, percentSign: true }],
  [DISTRICT_PLAN, "KT08", "không quá 0,1%", { kind: "at_most", value: 0.1, percentSign: true }],
  [DISTRICT_PLAN, "KT09", "8.664,9", { kind: "at_least", value: 8664.9 }],
  [DISTRICT_PLAN, "KT10", "1.130,756", { kind: "at_least", value: 1130.756 }],
  [
    DISTRICT_PLAN,
    "KT11",
    "vượt dự toán 6-8%",
    { kind: "increase", value: 6, max: 8, relative: true, percentSign: true },
  ],
  [DISTRICT_PLAN, "KT12", "250", { kind: "at_least", value: 250 }],
  [DISTRICT_PLAN, "KT13", "ít nhất 97%", { kind: "at_least", value: 97, percentSign: true }],
  [DISTRICT_PLAN, "KT14", "18.574", { kind: "at_least", value: 18574 }],
  [DISTRICT_PLAN, "KT15", "3.597", { kind: "at_least", value: 3597 }],
  [DISTRICT_PLAN, "XH06", "giảm 600 hộ", { kind: "decrease", value: 600, relative: false }],
  [DISTRICT_PLAN, "XH07", "giảm 1.000 hộ", { kind: "decrease", value: 1000, relative: false }],
  [DISTRICT_PLAN, "XH08", "100%", { kind: "at_least", value: 100, percentSign: true }],
  [DISTRICT_PLAN, "XH09", "90%", { kind: "at_least", value: 90, percentSign: true }],
  [DISTRICT_PLAN, "XH10", "4", { kind: "at_least", value: 4 }],
  [DISTRICT_PLAN, "XH11", "hoàn thành 8 công trình", { kind: "milestone", value: 8 }],
  [DISTRICT_PLAN, "XH12", "không quá 2,97", { kind: "at_most", value: 2.97 }],
  [DISTRICT_PLAN, "XH13", "không quá 6,7%", { kind: "at_most", value: 6.7, percentSign: true }],
  [DISTRICT_PLAN, "XH14", "89%", { kind: "at_least", value: 89, percentSign: true }],
  [DISTRICT_PLAN, "XH15", "87,8%", { kind: "at_least", value: 87.8, percentSign: true }],
  [DISTRICT_PLAN, "XH16", "82,9%", { kind: "at_least", value: 82.9, percentSign: true }],
  [DISTRICT_PLAN, "XH17", "4.500", { kind: "at_least", value: 4500 }],
  [DISTRICT_PLAN, "XH18", "44,5%", { kind: "at_least", value: 44.5, percentSign: true }],
  [DISTRICT_PLAN, "XH19", "duy trì 100%", { kind: "maintain", value: 100, percentSign: true }],
  [DISTRICT_PLAN, "XH20", "93,5%", { kind: "at_least", value: 93.5, percentSign: true }],
  [DISTRICT_PLAN, "XH21", "43%", { kind: "at_least", value: 43, percentSign: true }],
  [DISTRICT_PLAN, "XH22", "39%", { kind: "at_least", value: 39, percentSign: true }],
  [DISTRICT_PLAN, "XH23", "2%", { kind: "at_least", value: 2, percentSign: true }],
  [DISTRICT_PLAN, "DT01", "hoàn thành 3 đồ án", { kind: "milestone", value: 3 }],
  [DISTRICT_PLAN, "DT02", "tối thiểu 10 hẻm", { kind: "at_least", value: 10 }],
  [DISTRICT_PLAN, "DT03", "4", { kind: "at_least", value: 4 }],
  [DISTRICT_PLAN, "DT04", "100%", { kind: "at_least", value: 100, percentSign: true }],
  [DISTRICT_PLAN, "DT05", "100%", { kind: "at_least", value: 100, percentSign: true }],
  [DISTRICT_PLAN, "DT06", "100%", { kind: "at_least", value: 100, percentSign: true }],
  [
    DISTRICT_PLAN,
    "AN01",
    "giảm 3-5%",
    { kind: "decrease", value: 3, max: 5, relative: true, percentSign: true },
  ],
  [
    DISTRICT_PLAN,
    "AN02",
    "trên 70%",
    { kind: "at_least", value: 70, strict: true, percentSign: true },
  ],
  [DISTRICT_PLAN, "AN03", "80%", { kind: "at_least", value: 80, percentSign: true }],
  [DISTRICT_PLAN, "AN04", "hoàn thành", { kind: "milestone" }],
  [
    DISTRICT_PLAN,
    "CC01",
    "trên 95%",
    { kind: "at_least", value: 95, strict: true, percentSign: true },
  ],
  [DISTRICT_PLAN, "CC02", "hoàn thành", { kind: "milestone" }],
  [DISTRICT_PLAN, "CC03", "hoàn thành", { kind: "milestone" }],
  [DISTRICT_PLAN, "XD01", "180", { kind: "at_least", value: 180 }],
  [DISTRICT_PLAN, "XD02", "5", { kind: "at_least", value: 5 }],
  [PROVINCE_PLAN, "KT02", "13-14%", { kind: "range", value: 13, max: 14, percentSign: true }],
  [PROVINCE_PLAN, "KT16", "từ 8% trở lên", { kind: "at_least", value: 8, percentSign: true }],
  [WARD_PLAN, "XH06", "giảm 45 hộ", { kind: "decrease", value: 45, relative: false }],
  [
    WARD_PLAN,
    "AN01",
    "giảm 3-5%",
    { kind: "decrease", value: 3, max: 5, relative: true, percentSign: true },
  ],
  [WARD_PLAN, "XH11", "hoàn thành 1 công trình", { kind: "milestone", value: 1 }],
];

const SEED_ROWS = SEED_CASES.map(
  ([plan, code, text, target]): [string, string, string, Target, PlanTemplate] => [
    plan.id,
    code,
    text,
    target,
    plan,
  ],
);

describe.each(SEED_ROWS)("seed case %s %s", (_id, code, targetText, target, plan) => {
  it(`reads “${targetText}” as its target`, () => {
    const indicator = findTemplateIndicator(plan, code);
    expect(indicator?.targetText).toBe(targetText);
    expect(indicator?.target).toEqual(target);
  });
});

/** What the wording says the kind is; the words are the ones the templates use. */
function kindOfWording(text: string): TargetKind {
  if (/^giảm /.test(text)) return "decrease";
  if (/^(tăng|vượt) /.test(text)) return "increase";
  if (/^duy trì /.test(text)) return "maintain";
  if (/^hoàn thành( \d[\d.,]* [^\d%]+)?$/.test(text)) return "milestone";
  if (/^(không quá|dưới) /.test(text)) return "at_most";
  if (/^[\d.,]+-[\d.,]+%?$/.test(text)) return "range";
  return "at_least";
}

const ALL_TARGETS: ReadonlyArray<[string, string, string, Target]> = [
  ...[DISTRICT_PLAN, PROVINCE_PLAN, WARD_PLAN].flatMap((plan) =>
    templateIndicators(plan).map((i): [string, string, string, Target] => [
      plan.id,
      i.code,
      i.targetText,
      i.target,
    ]),
  ),
  ...TARGET_ALLOCATION.allocations.map((a): [string, string, string, Target] => [
    TARGET_ALLOCATION.id,
    a.code,
    a.targetText,
    a.target,
  ]),
];

describe.each(ALL_TARGETS)("%s %s “%s”", (_id, _code, text, target) => {
  it("has the kind its wording says", () => {
    expect(target.kind).toBe(kindOfWording(text));
  });

  it("carries percentSign exactly when the text has a % sign", () => {
    expect(target.percentSign === true).toBe(text.includes("%"));
    if (target.percentSign !== undefined) expect(target.percentSign).toBe(true);
  });

  it("is strict exactly for “trên” / “dưới”", () => {
    expect(target.strict === true).toBe(/^(trên|dưới) /.test(text));
    if (target.strict !== undefined) expect(target.strict).toBe(true);
  });

  it("sets relative on changes only, true exactly for a percentage", () => {
    if (target.kind === "increase" || target.kind === "decrease") {
      expect(target.relative).toBe(text.includes("%"));
    } else {
      expect(target.relative).toBeUndefined();
    }
  });

  it("shows its value and max in Vietnamese number style", () => {
    if (target.value !== undefined) expect(text).toContain(viNumber(target.value));
    if (target.max !== undefined) {
      expect(text).toContain(`${viNumber(target.value ?? NaN)}-${viNumber(target.max)}`);
      expect(target.max).toBeGreaterThan(target.value ?? Infinity);
    }
  });

  it("has a value unless it is a plain milestone", () => {
    if (target.value === undefined) expect(text).toBe("hoàn thành");
  });
});

describe("lower-is-better indicators", () => {
  it.each([
    ["XH06", "Số hộ nghèo"],
    ["XH07", "Số hộ cận nghèo"],
    ["XH12", "Tỷ lệ sinh con thứ 3 trở lên"],
    ["XH13", "suy dinh dưỡng"],
    ["AN01", "phạm pháp hình sự"],
    ["KT07", "công nghiệp – xây dựng"],
    ["KT08", "nông nghiệp"],
  ])("%s (%s) is judged lower-is-better in district, province and ward plans", (code) => {
    for (const plan of [DISTRICT_PLAN, PROVINCE_PLAN, WARD_PLAN]) {
      const indicator = findTemplateIndicator(plan, code);
      if (indicator === undefined) continue;
      expect(isLowerBetter(indicator.target.kind)).toBe(true);
    }
  });

  it("has no other lower-is-better indicator", () => {
    const lower = templateIndicators(DISTRICT_PLAN)
      .filter((i) => isLowerBetter(i.target.kind))
      .map((i) => i.code)
      .sort();
    expect(lower).toEqual(["AN01", "KT07", "KT08", "XH06", "XH07", "XH12", "XH13"]);
  });
});

describe("viNumber (test helper)", () => {
  it.each([
    [8664.9, "8.664,9"],
    [1130.756, "1.130,756"],
    [2.97, "2,97"],
    [180, "180"],
    [3400000, "3.400.000"],
  ])("%d → %s", (value, text) => {
    expect(viNumber(value)).toBe(text);
  });
});
