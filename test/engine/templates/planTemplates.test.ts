import {
  DISTRICT_PLAN,
  PLAN_FIELDS,
  PROVINCE_PLAN,
  WARD_PLAN,
  findTemplateIndicator,
  templateIndicators,
} from "../../../src/engine/templates";
import type { PlanTemplate, TemplateIndicator } from "../../../src/engine/templates";
import { needsBaseline } from "../../../src/engine/model/target";

const PLANS: ReadonlyArray<[string, PlanTemplate]> = [
  ["district-plan", DISTRICT_PLAN],
  ["province-plan", PROVINCE_PLAN],
  ["ward-plan", WARD_PLAN],
];

const PARENTS: ReadonlyArray<[string, PlanTemplate]> = [
  ["district-plan", DISTRICT_PLAN],
  ["province-plan", PROVINCE_PLAN],
];

const RATE_NAME = /^(Tỷ lệ|Tỷ trọng|Tốc độ)/;

function isRate(indicator: TemplateIndicator): boolean {
  return indicator.unit === "%" || RATE_NAME.test(indicator.name);
}

function fieldOf(plan: PlanTemplate, code: string): string | undefined {
  return plan.fields.find((field) => field.indicators.some((i) => i.code === code))?.name;
}

describe("district plan", () => {
  it("has exactly the six fields, in order", () => {
    expect(DISTRICT_PLAN.fields.map((field) => field.name)).toEqual([...PLAN_FIELDS]);
  });

  it("has at least 25 indicators", () => {
    expect(templateIndicators(DISTRICT_PLAN).length).toBeGreaterThanOrEqual(25);
  });

  it("has at least 25 indicators from the seeds besides basis figures", () => {
    const seeded = templateIndicators(DISTRICT_PLAN).filter((i) => i.role !== "basis");
    expect(seeded.length).toBeGreaterThanOrEqual(25);
  });
});

describe.each(PLANS)("%s", (_id, plan) => {
  const indicators = templateIndicators(plan);

  it("has the six fields, in order, none empty", () => {
    expect(plan.fields.map((field) => field.name)).toEqual([...PLAN_FIELDS]);
    for (const field of plan.fields) expect(field.indicators.length).toBeGreaterThan(0);
  });

  it("has unique codes", () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has well-formed codes, names and notes", () => {
    for (const indicator of indicators) {
      expect(indicator.code).toMatch(/^(KT|XH|DT|AN|CC|XD)\d{2}$/);
      expect(indicator.name.trim()).toBe(indicator.name);
      expect(indicator.name.length).toBeGreaterThan(0);
      expect(indicator.targetText.trim().length).toBeGreaterThan(0);
      expect(indicator.note?.trim().length ?? 0).toBeGreaterThan(0);
    }
  });

  it("files each code prefix under its field", () => {
    const prefixes: Record<string, string> = {
      KT: "Kinh tế",
      XH: "Xã hội",
      DT: "Đô thị – Môi trường",
      AN: "Quốc phòng – An ninh",
      CC: "Cải cách hành chính",
      XD: "Xây dựng Đảng",
    };
    for (const indicator of indicators) {
      expect(fieldOf(plan, indicator.code)).toBe(prefixes[indicator.code.slice(0, 2)]);
    }
  });

  it("never sums a rate or a share", () => {
    const summedRates = indicators.filter((i) => isRate(i) && i.aggregation.rule === "sum");
    expect(summedRates.map((i) => i.code)).toEqual([]);
  });

  it("weights every weighted mean by a summed count or amount in the same template", () => {
    for (const indicator of indicators) {
      if (indicator.aggregation.rule !== "weighted_mean") continue;
      const weight = findTemplateIndicator(plan, indicator.aggregation.weightCode);
      expect(weight).toBeDefined();
      expect(weight?.aggregation.rule).toBe("sum");
      expect(weight !== undefined && isRate(weight)).toBe(false);
      expect(weight?.code).not.toBe(indicator.code);
    }
  });

  it("gives a baseline to every change target", () => {
    const missing = indicators.filter((i) => needsBaseline(i.target) && i.baseline === undefined);
    expect(missing.map((i) => i.code)).toEqual([]);
  });

  it("rolls milestones up with 'all' or keeps them at the parent; counted ones may sum", () => {
    for (const indicator of indicators) {
      if (indicator.target.kind !== "milestone") continue;
      const allowed = indicator.target.value === undefined ? ["all", "none"] : ["sum", "none"];
      expect(allowed).toContain(indicator.aggregation.rule);
      expect(indicator.cumulative).toBe(false);
    }
  });

  it("uses 'all' only for milestones", () => {
    for (const indicator of indicators) {
      if (indicator.aggregation.rule === "all") expect(indicator.target.kind).toBe("milestone");
    }
  });

  it("leaves the unit empty only for plain milestones", () => {
    for (const indicator of indicators) {
      if (indicator.unit === "") expect(indicator.target).toEqual({ kind: "milestone" });
    }
  });

  it("marks basis figures as summed levels that are not rates", () => {
    for (const indicator of indicators.filter((i) => i.role === "basis")) {
      expect(indicator.aggregation.rule).toBe("sum");
      expect(indicator.cumulative).toBe(false);
      expect(isRate(indicator)).toBe(false);
    }
  });

  it("has structures whose codes exist and whose shares add up to the total", () => {
    for (const structure of plan.structures) {
      const parts = structure.codes.map((code) => findTemplateIndicator(plan, code));
      for (const part of parts) expect(part?.unit).toBe("%");
      const sum = parts.reduce((total, part) => total + (part?.target.value ?? NaN), 0);
      expect(sum).toBeCloseTo(structure.total, 9);
    }
  });
});

describe("ward plan rolls up into district and province plans", () => {
  const wardIndicators = templateIndicators(WARD_PLAN);

  it.each(PARENTS)("every ward code exists in %s, same unit, aggregation, field", (_id, parent) => {
    const parentCodes = templateIndicators(parent).map((i) => i.code);
    for (const ward of wardIndicators) {
      expect(parentCodes).toContain(ward.code);
      const match = findTemplateIndicator(parent, ward.code);
      expect(match?.unit).toBe(ward.unit);
      expect(match?.aggregation).toEqual(ward.aggregation);
      expect(match?.cumulative).toBe(ward.cumulative);
      expect(match?.target.kind).toBe(ward.target.kind);
      expect(match?.role).toBe(ward.role);
      expect(fieldOf(parent, ward.code)).toBe(fieldOf(WARD_PLAN, ward.code));
    }
  });

  it.each(PARENTS)(
    "same code means same unit and aggregation between %s and district",
    (_id, parent) => {
      for (const indicator of templateIndicators(parent)) {
        const district = findTemplateIndicator(DISTRICT_PLAN, indicator.code);
        if (district === undefined) continue;
        expect(indicator.unit).toBe(district.unit);
        expect(indicator.aggregation).toEqual(district.aggregation);
        expect(indicator.cumulative).toBe(district.cumulative);
      }
    },
  );

  it("keeps parent-only indicators out of the ward plan", () => {
    expect(wardIndicators.filter((i) => i.aggregation.rule === "none")).toEqual([]);
  });

  it("gives summed ward targets no more than the district's", () => {
    for (const ward of wardIndicators) {
      if (ward.aggregation.rule !== "sum" || ward.target.value === undefined) continue;
      const district = findTemplateIndicator(DISTRICT_PLAN, ward.code);
      if (ward.target.relative === true) {
        expect(ward.target).toEqual(district?.target);
      } else {
        expect(ward.target.value).toBeLessThan(district?.target.value ?? 0);
      }
    }
  });

  // [code, the seed district's target, its number of wards]
  it.each([
    ["KT09", 8664.9, 10],
    ["KT12", 250, 13],
    ["KT15", 3597, 14],
    ["XH06", 600, 13],
    ["XH07", 1000, 13],
    ["XH17", 4500, 10],
    ["DT02", 10, 10],
    ["XD01", 122, 10],
  ])("a ward's %s target is about its share of %d over %d wards", (code, parentTarget, wards) => {
    const ward = findTemplateIndicator(WARD_PLAN, code);
    const share = ((ward?.target.value ?? 0) / parentTarget) * wards;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(2);
  });

  it("has the basis figures its weighted rates need, for both parents", () => {
    const weights = new Set(
      wardIndicators.flatMap((i) =>
        i.aggregation.rule === "weighted_mean" ? [i.aggregation.weightCode] : [],
      ),
    );
    expect([...weights].sort()).toEqual([
      "KT12",
      "XH01",
      "XH02",
      "XH03",
      "XH04",
      "XH05",
      "XH06",
      "XH07",
    ]);
    for (const code of weights) {
      expect(findTemplateIndicator(WARD_PLAN, code)).toBeDefined();
      expect(findTemplateIndicator(DISTRICT_PLAN, code)).toBeDefined();
      expect(findTemplateIndicator(PROVINCE_PLAN, code)).toBeDefined();
    }
  });
});

describe("province plan", () => {
  it("marks the indicators it adds beyond the district plan as illustrative", () => {
    const added = templateIndicators(PROVINCE_PLAN).filter(
      (i) => findTemplateIndicator(DISTRICT_PLAN, i.code) === undefined,
    );
    expect(added.map((i) => i.code).sort()).toEqual(["CC04", "KT16"]);
    for (const indicator of added) expect(indicator.note).toMatch(/minh họa/);
  });

  it("words indicators at the provincial level", () => {
    const names = templateIndicators(PROVINCE_PLAN).map((i) => i.name);
    expect(names.some((name) => /\bquận\b/i.test(name))).toBe(false);
  });
});
