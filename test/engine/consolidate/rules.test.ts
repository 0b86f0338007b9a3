import { consolidate, type UnitPlan } from "../../../src/engine/consolidate";
import { findingMessage } from "../../../src/engine/findings/finding";
import type { Aggregation } from "../../../src/engine/model/aggregation";
import { only, unitPlan, type Figure, type IndicatorSpec } from "./support";
import { TYPICAL, ward } from "./wards";

const satisfaction = { code: "CC01", name: "Tỷ lệ hài lòng của người dân", unit: "%" };

function three(spec: Omit<IndicatorSpec, "actual">, figures: readonly Figure[]): UnitPlan[] {
  return figures.map((actual, i) => unitPlan(`Xã ${"ABC"[i]}`, [{ ...spec, actual }]));
}

describe("each indicator rolls up by its own rule", () => {
  test.each<[string, Aggregation, number[], number]>([
    ["tổng", { rule: "sum" }, [12, 8, 31], 51],
    ["trung bình", { rule: "mean" }, [90, 95, 97], 94],
    ["nhỏ nhất", { rule: "min" }, [90, 95, 97], 90],
    ["lớn nhất", { rule: "max" }, [90, 95, 97], 97],
  ])("%s", (_title, aggregation, figures, expected) => {
    const counted = { code: "XD01", name: "Kết nạp đảng viên mới", unit: "đảng viên" };
    const spec = {
      ...(aggregation.rule === "sum" ? counted : satisfaction),
      aggregation,
      target: { kind: "at_least" as const, value: 1 },
    };
    const [row] = consolidate({ units: three(spec, figures) }).indicators;
    expect(row).toMatchObject({ rule: aggregation, ruleFrom: "sub_units" });
    expect(row.actual).toEqual({ kind: "number", value: expected });
  });

  test("bình quân theo XH01: the rates weighted by each ward's population", () => {
    const result = consolidate({
      units: [
        ward("Phường A", { ...TYPICAL, population: 10000, insurance: 90 }),
        ward("Phường B", { ...TYPICAL, population: 30000, insurance: 98 }),
      ],
    });
    const insurance = result.indicators.find((i) => i.code === "XH20");
    expect(insurance?.actual).toEqual({ kind: "number", value: (90 * 10000 + 98 * 30000) / 40000 });
    expect(insurance?.status).toBe("exceeded");
    expect(insurance?.sources.map((s) => [s.unit, s.column, s.weight])).toContainEqual([
      "Phường B",
      "actual",
      30000,
    ]);
  });

  test("the weight falls back to the weight indicator's target", () => {
    const result = consolidate({
      units: [
        ward("Phường A", { ...TYPICAL, population: undefined, insurance: 90 }),
        ward("Phường B", { ...TYPICAL, population: undefined, insurance: 98 }),
      ],
    });
    // Both wards plan 28.000 people: the plain mean.
    expect(result.indicators.find((i) => i.code === "XH20")?.actual).toEqual({
      kind: "number",
      value: 94,
    });
  });

  test("a missing weight is a finding naming the ward and the code", () => {
    const result = consolidate({
      units: [
        ward("Phường A", TYPICAL),
        ward(
          "Phường B",
          { ...TYPICAL, population: undefined },
          { change: { population: { target: undefined } } },
        ),
      ],
    });
    const [missing] = only(result.findings, "missing_weight");
    expect(missing).toMatchObject({ sheet: "Phường B", cell: "K7" });
    expect(findingMessage(missing)).toBe(
      "“XH20 Tỷ lệ bao phủ bảo hiểm y tế” tính bình quân theo XH01, nhưng “Phường B” chưa có số XH01; số của đơn vị này không tính được.",
    );
    expect(result.indicators.find((i) => i.code === "XH20")?.status).toBe("invalid");
  });

  test("weights that are all zero give no mean, and say so", () => {
    const result = consolidate({
      units: [
        ward("Phường A", { ...TYPICAL, population: 0 }),
        ward("Phường B", { ...TYPICAL, population: 0 }),
      ],
    });
    const insurance = result.indicators.find((i) => i.code === "XH20");
    expect(insurance?.actual).toBeUndefined();
    expect(insurance?.findings.map((f) => f.rule)).toContain("weights_zero");
  });

  test.each<[string, Figure[], string, string]>([
    ["every ward done", ["done", "done", "done"], "done", "achieved"],
    ["one still under way", ["done", "in_progress", "done"], "in_progress", "not_achieved"],
    ["none started", ["not_done", "not_done", "not_done"], "not_done", "not_achieved"],
    ["100% counts as done", ["done", 100, "done"], "done", "achieved"],
  ])("tất cả: %s", (_title, figures, state, status) => {
    const spec: Omit<IndicatorSpec, "actual"> = {
      code: "CC03",
      name: "Sắp xếp lại khu phố",
      aggregation: { rule: "all" },
      target: { kind: "milestone" },
    };
    const withPercent = three(spec, figures).map((u) => ({
      ...u,
      indicators: u.indicators.map((i) => (i.actual?.kind === "number" ? { ...i, unit: "%" } : i)),
    }));
    const [row] = consolidate({ units: withPercent }).indicators;
    expect(row.actual).toEqual({ kind: "milestone", state });
    expect(row.status).toBe(status);
  });

  test("a milestone state in a summed indicator cannot be added up", () => {
    const result = consolidate({
      units: [ward("Phường A", TYPICAL), ward("Phường B", { ...TYPICAL, firms: "done" })],
    });
    const [notUsable] = only(result.findings, "figure_not_usable");
    expect(notUsable).toMatchObject({ sheet: "Phường B", cell: "K6" });
    expect(findingMessage(notUsable)).toBe(
      "“Phường B” ghi “Hoàn thành” cho “KT15 Số doanh nghiệp thành lập mới”, không tổng hợp được theo cách “tổng”; hãy ghi một con số.",
    );
    expect(result.indicators.find((i) => i.code === "KT15")?.status).toBe("invalid");
  });
});

describe("where the rule comes from", () => {
  test("the parent's rule wins over the sub-units'", () => {
    const parent = unitPlan("Quận", [{ ...satisfaction, aggregation: { rule: "min" } }]);
    const units = three({ ...satisfaction, aggregation: { rule: "mean" } }, [90, 95, 97]);
    const [row] = consolidate({ parent, units }).indicators;
    expect(row).toMatchObject({ rule: { rule: "min" }, ruleFrom: "parent" });
    expect(row.actual).toEqual({ kind: "number", value: 90 });
  });

  test("no rule anywhere: a count is summed", () => {
    const [row] = consolidate({
      units: three({ code: "XD01", name: "Kết nạp đảng viên mới", unit: "đảng viên" }, [12, 8, 31]),
    }).indicators;
    expect(row).toMatchObject({ rule: { rule: "sum" }, ruleFrom: "default" });
    expect(row.actual).toEqual({ kind: "number", value: 51 });
  });

  test("sub-units that disagree: a finding, nothing rolled up", () => {
    const units = three(satisfaction, [90, 95, 97]);
    units[0].indicators[0].aggregation = { rule: "mean" };
    units[2].indicators[0].aggregation = { rule: "weighted_mean", weightCode: "XH01" };
    const result = consolidate({ units });
    const [conflict] = only(result.findings, "rule_conflict");
    expect(conflict).toMatchObject({ sheet: "Xã C", cell: "F5" });
    expect(findingMessage(conflict)).toBe(
      "Các đơn vị ghi cách tổng hợp khác nhau cho “CC01 Tỷ lệ hài lòng của người dân”: trung bình (Xã A), bình quân theo XH01 (Xã C). Hãy thống nhất, hoặc ghi cách tổng hợp ở trang của cấp trên.",
    );
    expect(result.indicators[0]).toMatchObject({ status: "invalid" });
    expect(result.indicators[0].actual).toBeUndefined();
  });
});

describe("a rate or an average is never summed", () => {
  test.each<[string, IndicatorSpec]>([
    ["a % unit", { name: "Tỷ lệ hộ nghèo", unit: "%" }],
    ["a yield in tạ/ha", { name: "- Năng suất", unit: "tạ/ha" }],
    ["a “per” unit", { name: "Thu nhập đầu người", unit: "triệu đồng/người" }],
    ["a “Tốc độ…” name", { name: "Tốc độ tăng trưởng kinh tế", unit: "lần" }],
    ["a “Năng suất” name without a unit", { name: "1.2. Năng suất lúa" }],
    ["a “Hệ số” name", { name: "- Hệ số sử dụng đất", unit: "lần" }],
  ])("%s without a rule: a finding, not summed", (_title, spec) => {
    const result = consolidate({ units: three(spec, [40, 50, 60]) });
    const [row] = result.indicators;
    expect(row.actual).toBeUndefined();
    expect(row.status).toBe("invalid");
    expect(row.findings.map((f) => f.rule)).toEqual(["rate_without_rule"]);
    expect(row.sources.map((s) => s.used)).toEqual([false, false, false]);
  });

  test("a % with the rule “tổng” is a finding too", () => {
    const units = three({ ...satisfaction, aggregation: { rule: "sum" } }, [90, 95, 97]);
    const result = consolidate({ units });
    expect(result.indicators[0].findings.map((f) => f.rule)).toEqual(["rate_summed"]);
    expect(findingMessage(result.indicators[0].findings[0], "en")).toBe(
      "“CC01 Tỷ lệ hài lòng của người dân” is a rate, a yield or an average but its roll-up rule is “sum”; change it to “mean” or “weighted by <code>”.",
    );
  });

  test("a rate the parent says to average is averaged", () => {
    const parent = unitPlan("Quận", [{ ...satisfaction, aggregation: { rule: "mean" } }]);
    const [row] = consolidate({ parent, units: three(satisfaction, [90, 95, 97]) }).indicators;
    expect(row.actual).toEqual({ kind: "number", value: 94 });
  });
});

describe("không: the parent's own figure", () => {
  const growth = {
    code: "KT03",
    name: "Tốc độ tăng trưởng khu vực dịch vụ",
    unit: "%",
    aggregation: { rule: "none" } as Aggregation,
    target: { kind: "at_least" as const, value: 10 },
  };

  test("taken from the parent's sheet, whatever the sub-units typed", () => {
    const parent = unitPlan("Quận", [{ ...growth, actual: 10.4 }]);
    const [row] = consolidate({ parent, units: three(growth, [50, 60, 70]) }).indicators;
    expect(row).toMatchObject({
      actual: { kind: "number", value: 10.4 },
      status: "exceeded",
      ruleFrom: "parent",
    });
    expect(row.sources.every((s) => !s.used)).toBe(true);
  });

  test("with no parent row there is nothing to take: a finding", () => {
    const [row] = consolidate({ units: three(growth, [50, 60, 70]) }).indicators;
    expect(row.actual).toBeUndefined();
    expect(row.findings.map((f) => f.rule)).toContain("parent_only");
  });
});
