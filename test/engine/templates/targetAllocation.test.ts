import {
  DISTRICT_PLAN,
  TARGET_ALLOCATION,
  findTemplateIndicator,
} from "../../../src/engine/templates";

describe("target allocation", () => {
  it("splits 180 new party members 122 + 8 + 31 + 19", () => {
    const members = TARGET_ALLOCATION.allocations.find((a) => a.code === "XD01");
    expect(members?.target.value).toBe(180);
    expect(members?.shares.map((s) => s.value)).toEqual([122, 8, 31, 19]);
    expect(members?.shares.map((s) => s.name)).toEqual([
      "Khối các phường",
      "Khối cơ quan thuộc quận quản lý",
      "Khối cơ quan thuộc Trung ương, Thành phố quản lý",
      "Khối doanh nghiệp",
    ]);
    expect(122 + 8 + 31 + 19).toBe(180);
  });

  it("allocates the 5 party organisations in private enterprises, marked illustrative", () => {
    const organisations = TARGET_ALLOCATION.allocations.find((a) => a.code === "XD02");
    expect(organisations?.target.value).toBe(5);
    expect(organisations?.note).toMatch(/minh họa/);
  });

  it.each(TARGET_ALLOCATION.allocations.map((a) => [a.code, a] as const))(
    "%s: the shares add up to the target",
    (_code, allocation) => {
      const sum = allocation.shares.reduce((total, share) => total + share.value, 0);
      expect(sum).toBe(allocation.target.value);
      for (const share of allocation.shares) expect(share.value).toBeGreaterThanOrEqual(0);
    },
  );

  it.each(TARGET_ALLOCATION.allocations.map((a) => [a.code, a] as const))(
    "%s matches the district plan's indicator",
    (code, allocation) => {
      const indicator = findTemplateIndicator(DISTRICT_PLAN, code);
      expect(indicator?.unit).toBe(allocation.unit);
      expect(indicator?.target).toEqual(allocation.target);
      expect(indicator?.targetText).toBe(allocation.targetText);
      expect(indicator?.aggregation.rule).toBe("sum");
    },
  );

  it("names its parent unit and year", () => {
    expect(TARGET_ALLOCATION.parentUnit).toBe("Quận Nam Từ Liêm");
    expect(TARGET_ALLOCATION.year).toBe(2023);
  });
});
