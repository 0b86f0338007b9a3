import { consolidate } from "../../../src/engine/consolidate";
import { findingMessage } from "../../../src/engine/findings/finding";
import { TARGET_ALLOCATION } from "../../../src/engine/templates";
import { indicator, only, unitPlan } from "./support";

/** Nam Từ Liêm 2023 (seed 004): 180 new party members allocated to four blocs. */
const BLOCS = TARGET_ALLOCATION.allocations[0].shares.map((s) => s.name);
const members = { code: "XD01", name: "Kết nạp đảng viên mới", unit: "đảng viên" };

function parent(target: number) {
  return {
    unit: "Quận Nam Từ Liêm",
    sheet: "Quận",
    indicators: [
      indicator("Quận", 5, {
        ...members,
        target: { kind: "at_least", value: target },
        targetText: String(target),
        aggregation: { rule: "sum" },
        cumulative: true,
      }),
    ],
  };
}

function blocs(targets: readonly number[], actuals: readonly number[] = []) {
  return BLOCS.map((bloc, i) =>
    unitPlan(bloc, [
      {
        ...members,
        target: { kind: "at_least", value: targets[i] },
        targetText: String(targets[i]),
        ...(actuals[i] === undefined ? {} : { actual: actuals[i] }),
      },
    ]),
  );
}

describe("a bloc that sent nothing", () => {
  test("the parts present are not summed against the total: the missing bloc is the finding", () => {
    const present = blocs([122, 8, 31, 19]).slice(0, 3);
    const result = consolidate({ parent: parent(180), units: present, expectedUnits: BLOCS });
    expect(only(result.findings, "allocation_mismatch")).toEqual([]);
    expect(only(result.findings, "expected_unit_missing")).toHaveLength(1);
  });

  test("with every bloc in, a wrong part is still found", () => {
    const result = consolidate({
      parent: parent(180),
      units: blocs([122, 8, 31, 18]),
      expectedUnits: BLOCS,
    });
    expect(only(result.findings, "allocation_mismatch")).toHaveLength(1);
  });
});

describe("the allocation check: Σ sub-unit targets against the parent's target", () => {
  test.each([
    ["180 = 122 + 8 + 31 + 19", 180, [122, 8, 31, 19], undefined],
    ["180 ≠ 122 + 8 + 31 + 18", 180, [122, 8, 31, 18], { sum: 179, difference: -1 }],
    ["180 ≠ 122 + 8 + 31 + 20", 180, [122, 8, 31, 20], { sum: 181, difference: 1 }],
    ["8.664,9 = 4.000,4 + 4.664,5", 8664.9, [4000.4, 4664.5, 0, 0], undefined],
  ])("%s", (_title, target, targets, mismatch) => {
    const result = consolidate({ parent: parent(target), units: blocs(targets) });
    const found = only(result.findings, "allocation_mismatch");
    if (!mismatch) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "error",
      sheet: "Quận",
      cell: "I5",
      params: { target, ...mismatch },
    });
  });

  test("a tolerance lets a rounded allocation pass", () => {
    const units = blocs([400.2, 300.3, 300.1, 4]);
    expect(
      only(consolidate({ parent: parent(1000), units }).findings, "allocation_mismatch"),
    ).toHaveLength(1);
    const lenient = consolidate({ parent: parent(1000), units }, { tolerance: 0.005 });
    expect(only(lenient.findings, "allocation_mismatch")).toEqual([]);
  });

  test("names both figures and the parts, in each language's number style", () => {
    const result = consolidate({ parent: parent(180), units: blocs([122, 8, 31, 18]) });
    const [mismatch] = only(result.findings, "allocation_mismatch");
    expect(findingMessage(mismatch, "vi")).toBe(
      "Kế hoạch “XD01 Kết nạp đảng viên mới” giao cho các đơn vị cộng lại 179 (122 + 8 + 31 + 18), khác kế hoạch 180 của cấp trên (chênh lệch -1).",
    );
    expect(findingMessage(mismatch, "en")).toBe(
      "The targets for “XD01 Kết nạp đảng viên mới” given to sub-units add up to 179 (122 + 8 + 31 + 18), not the parent's target 180 (difference -1).",
    );
  });

  test("decimal parts are written per language", () => {
    const result = consolidate({ parent: parent(1130.756), units: blocs([1000.5, 130.2, 0, 0]) });
    const [mismatch] = only(result.findings, "allocation_mismatch");
    expect(mismatch.params).toMatchObject({ parts: "1.000,5 + 130,2 + 0 + 0" });
    expect(mismatch.params).toMatchObject({ partsEn: "1,000.5 + 130.2 + 0 + 0" });
  });

  test("the parent's target is the one judged; the blocs' actuals are summed", () => {
    const result = consolidate(
      { parent: parent(180), units: blocs([122, 8, 31, 19], [125, 8, 30, 20]) },
      { period: "year" },
    );
    const [xd01] = result.indicators;
    expect(xd01).toMatchObject({
      code: "XD01",
      rule: { rule: "sum" },
      ruleFrom: "parent",
      targetFrom: "parent",
      target: { kind: "at_least", value: 180 },
      actual: { kind: "number", value: 183 },
      status: "exceeded",
    });
    expect(xd01.percent).toBeCloseTo((183 / 180) * 100);
    expect(xd01.sources.filter((s) => s.column === "actual")).toEqual(
      BLOCS.map((unit, i) => ({
        unit,
        sheet: unit,
        cell: "K5",
        column: "actual",
        value: [125, 8, 30, 20][i],
        used: true,
      })),
    );
  });

  test.each(TARGET_ALLOCATION.allocations.map((a) => [a.code, a] as const))(
    "the allocation template's %s passes",
    (_code, allocation) => {
      const top = parent(allocation.target.value ?? 0);
      top.indicators[0] = { ...top.indicators[0], code: allocation.code, name: allocation.name };
      const units = allocation.shares.map((share) =>
        unitPlan(share.name, [
          {
            code: allocation.code,
            name: allocation.name,
            unit: allocation.unit,
            target: { kind: "at_least", value: share.value },
          },
        ]),
      );
      const result = consolidate({ parent: top, units });
      expect(only(result.findings, "allocation_mismatch")).toEqual([]);
    },
  );

  test("a relative change is no allocation and is not checked", () => {
    const top = parent(0);
    top.indicators[0] = {
      ...top.indicators[0],
      target: { kind: "decrease", value: 3, max: 5, relative: true },
      targetText: "giảm 3-5%",
    };
    const units = blocs([1, 1, 1, 1]).map((u) => ({
      ...u,
      indicators: u.indicators.map((i) => ({
        ...i,
        target: { kind: "decrease" as const, value: 3, max: 5, relative: true },
      })),
    }));
    expect(only(consolidate({ parent: top, units }).findings, "allocation_mismatch")).toEqual([]);
  });
});
