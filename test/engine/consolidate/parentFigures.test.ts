import { consolidate } from "../../../src/engine/consolidate";
import { rulesOf, type IndicatorSpec } from "./support";
import { TYPICAL, ward } from "./wards";

/**
 * KT05 (Hoàng Mai 2022: 50.068 tỷ đồng, a sum) is kept by the district only: no ward reports
 * it. The district's own figure stands, judged as its own check would judge it, and a note
 * says no sub-unit reported it.
 */
const KT05: IndicatorSpec = {
  code: "KT05",
  name: "Tổng giá trị sản xuất các ngành kinh tế chủ yếu",
  unit: "tỷ đồng",
  aggregation: { rule: "sum" },
  target: { kind: "at_least", value: 50068 },
  targetText: "50.068",
};

const wards = [ward("Phường Mai Động", TYPICAL), ward("Phường Tương Mai", TYPICAL)];

/** The district's sheet: the wards' five indicators (no figures of its own) and KT05. */
function districtWith(figures: Partial<IndicatorSpec>) {
  const plan = ward("Quận Hoàng Mai", {}, { extra: [{ ...KT05, ...figures }], sheet: "Quận" });
  return { unit: plan.unit, sheet: plan.sheet, indicators: plan.indicators };
}

describe("a sum-rule code no ward reports, with the district's own figure", () => {
  test.each([
    ["actual above target", { actual: 51069, forecast: 49000 }, 51069, "exceeded", false],
    ["actual below target", { actual: 48000, forecast: 51000 }, 48000, "not_achieved", false],
    ["only the estimate", { forecast: 51069 }, undefined, "exceeded", true],
  ] as const)("%s", (_, figures, actual, status, onForecast) => {
    const result = consolidate({ parent: districtWith(figures), units: wards });
    const kt05 = result.indicators.find((i) => i.code === "KT05");
    expect(kt05?.actual).toEqual(
      actual === undefined ? undefined : { kind: "number", value: actual },
    );
    expect(kt05?.status).toBe(status);
    expect(kt05?.targetFrom).toBe("parent");
    const rules = rulesOf(kt05?.findings ?? []);
    expect(rules).toContain("not_in_sub_units");
    expect(rules.includes("judged_on_forecast")).toBe(onForecast);
    expect(kt05?.sources).toEqual([]);
  });

  test("with neither figure it is missing, not judged on anything", () => {
    const result = consolidate({ parent: districtWith({}), units: wards });
    const kt05 = result.indicators.find((i) => i.code === "KT05");
    expect(kt05?.status).toBe("missing");
    expect(rulesOf(kt05?.findings ?? [])).toEqual(["not_in_sub_units", "missing_actual"]);
  });
});
