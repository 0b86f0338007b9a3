import { getTemplate } from "../../../src/engine/templates/catalogue";
import { findTemplateIndicator } from "../../../src/engine/templates/planIndicators";
import { demoWards } from "../../../src/workbook/demo/demoRoster";
import { decimalsOf, splitTotal } from "../../../src/workbook/demo/splitTotal";
import { shareCell } from "../../../src/workbook/demo/shareCell";
import { wardAllocation } from "../../../src/workbook/demo/wardAllocation";

describe("splitTotal: parts by weight that add up exactly", () => {
  test.each([
    [180, [122, 8, 31, 19], 0, [122, 8, 31, 19]],
    [4, [11, 12, 11, 9.5], 0, [1, 1, 1, 1]],
    [10, [1, 1, 1], 0, [4, 3, 3]],
    [8664.9, [1, 1, 1], 1, [2888.3, 2888.3, 2888.3]],
    [5, [3, 1], 0, [4, 1]],
    [7, [], 0, []],
  ])("%d by %j to %d decimals is %j", (total, weights, decimals, parts) => {
    const split = splitTotal(total, weights, decimals);
    expect(split).toEqual(parts);
    if (weights.length > 0)
      expect(split.reduce((a, b) => a + b, 0)).toBeCloseTo(total, decimals + 6);
  });

  test.each([
    [8664.9, 1],
    [180, 0],
    [1130.756, 3],
  ])("%d is written with %d decimals", (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});

describe("wardAllocation: the wards' shares of the district's targets", () => {
  const district = getTemplate("district-plan");
  const ward = getTemplate("ward-plan");
  const wards = demoWards(["Phường Tân Phong", "Phường Tân Hưng", "Phường Mới"]);
  const shares = wardAllocation(district, ward, wards);

  test.each(["KT09", "KT12", "XH01", "XH06", "XH10", "XD01", "XD02"])(
    "%s adds up to the district's target",
    (code) => {
      const total = [...shares.values()].reduce((sum, s) => sum + (s.targets.get(code) ?? 0), 0);
      expect(total).toBeCloseTo(findTemplateIndicator(district, code)?.target.value ?? NaN, 6);
    },
  );

  test.each(["KT13", "XH13", "KT11", "AN01", "CC01"])(
    "%s (a rate or relative) is not split",
    (code) => {
      for (const s of shares.values()) expect(s.targets.has(code)).toBe(false);
    },
  );

  test("a ward the roster does not know is an average one, keeping pace", () => {
    expect(wards[2]).toEqual({ name: "Phường Mới", weight: 10, form: 1 });
    expect(shares.get("Phường Tân Phong")?.form).toBeGreaterThan(1);
  });
});

describe("shareCell: a share written as the template writes the target", () => {
  const ward = getTemplate("ward-plan");
  test.each([
    ["KT09", 2888.3, 2888.3],
    ["XH06", 52, "giảm 52 hộ"],
    ["XH11", 3, "hoàn thành 3 công trình"],
    ["DT02", 2, "tối thiểu 2 hẻm"],
    ["XH01", 31020, 31020],
  ])("%s with %d is %j", (code, share, cell) => {
    const indicator = findTemplateIndicator(ward, code);
    expect(indicator && shareCell(indicator, share)).toEqual(cell);
  });
});
