import { consolidate } from "../../../src/engine/consolidate";
import { findingMessage } from "../../../src/engine/findings/finding";
import { only, unitPlan } from "./support";
import { TYPICAL, ward } from "./wards";

function byCode(result: ReturnType<typeof consolidate>, code: string) {
  return result.indicators.find((i) => i.code === code);
}

describe("which sub-units report which indicators", () => {
  test("a sub-unit missing a code: which sub-unit, which code; the others' sum, partial", () => {
    const result = consolidate({
      units: [
        ward("Phường A", TYPICAL),
        ward("Phường B", TYPICAL),
        ward("Phường C", TYPICAL, { omit: ["firms"] }),
      ],
    });
    const [missing] = only(result.findings, "unit_missing_indicator");
    expect(missing).toMatchObject({
      severity: "warning",
      sheet: "Phường C",
      params: { unit: "Phường C", indicator: "KT15 Số doanh nghiệp thành lập mới" },
    });
    expect(findingMessage(missing)).toBe(
      "“Phường C” không có chỉ tiêu “KT15 Số doanh nghiệp thành lập mới”; số tổng hợp chưa có phần của đơn vị này.",
    );
    const firms = byCode(result, "KT15");
    expect(firms?.actual).toEqual({ kind: "number", value: 520 });
    expect(firms?.partial).toEqual({
      actual: { value: { kind: "number", value: 520 }, missing: ["Phường C"] },
    });
    expect(firms?.status).toBe("missing");
    expect(firms?.findings.map((f) => f.rule)).toEqual([
      "unit_missing_indicator",
      "figures_partial",
    ]);
    expect(result.matrix.rows.find((r) => r.code === "KT15")?.statuses).toEqual([
      "exceeded",
      "exceeded",
      null,
    ]);
  });

  test("a code only some sub-units have: one finding naming them, rolled up from theirs", () => {
    const extra = {
      code: "XD09",
      name: "Tổ chức cơ sở đảng trong sạch vững mạnh",
      unit: "tổ chức",
    };
    const result = consolidate({
      units: [
        ward("Phường A", TYPICAL, { extra: [{ ...extra, actual: 4 }] }),
        ward("Phường B", TYPICAL),
        ward("Phường C", TYPICAL),
        ward("Phường D", TYPICAL),
      ],
    });
    expect(only(result.findings, "unit_missing_indicator")).toEqual([]);
    const [some] = only(result.findings, "indicator_in_some_units");
    expect(some.params).toEqual({
      indicator: "XD09 Tổ chức cơ sở đảng trong sạch vững mạnh",
      count: 1,
      total: 4,
      units: "Phường A",
    });
    expect(some).toMatchObject({ sheet: "Phường A", cell: "C10" });
    expect(byCode(result, "XD09")?.actual).toEqual({ kind: "number", value: 4 });
  });

  test("a blank figure while the others gave theirs: the others' sum, partial, naming the blank ones", () => {
    const result = consolidate({
      units: [
        ward("Phường A", TYPICAL),
        ward("Phường B", { ...TYPICAL, revenue: undefined }),
        ward("Phường C", { ...TYPICAL, revenue: undefined }),
      ],
    });
    const revenue = byCode(result, "KT09");
    expect(revenue?.actual).toEqual({ kind: "number", value: 850 });
    expect(revenue?.partial?.actual?.missing).toEqual(["Phường B", "Phường C"]);
    expect(revenue?.status).toBe("missing");
    expect(revenue?.percent).toBeUndefined();
    expect(revenue?.findings.map((f) => f.rule)).toEqual(["figures_partial"]);
    expect(revenue?.findings[0]).toMatchObject({ sheet: "Phường B", cell: "K5" });
    expect(findingMessage(revenue!.findings[0])).toBe(
      "Số thực hiện “KT09 Thu ngân sách nhà nước trên địa bàn” là số tạm tính từ 1/3 đơn vị: còn thiếu Phường B, Phường C. Chưa đánh giá cho đến khi đủ số liệu.",
    );
    expect(revenue?.sources.filter((s) => s.column === "actual").map((s) => s.unit)).toEqual([
      "Phường A",
    ]);
  });

  test("at year end, with every estimate in, the roll-up is judged on the estimates", () => {
    const estimate = (value: number) => ({ change: { revenue: { forecast: value } } });
    const result = consolidate({
      units: [
        ward("Phường A", { ...TYPICAL, revenue: undefined }, estimate(820)),
        ward("Phường B", { ...TYPICAL, revenue: undefined }, estimate(790)),
      ],
    });
    const revenue = byCode(result, "KT09");
    expect(revenue).toMatchObject({
      forecast: { kind: "number", value: 1610 },
      target: { kind: "at_least", value: 1600 },
      status: "exceeded",
    });
    expect(revenue?.findings.map((f) => f.rule)).toEqual(["judged_on_forecast"]);
  });

  test("nothing reported by any sub-unit: the parent's own figure, with a note", () => {
    const parent = unitPlan("Quận", [
      { code: "KT09", name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng" },
      {
        code: "KT05",
        name: "Tổng giá trị sản xuất",
        unit: "tỷ đồng",
        target: { kind: "at_least", value: 50068 },
        actual: 51000,
      },
    ]);
    const result = consolidate({
      parent,
      units: [ward("Phường A", TYPICAL), ward("Phường B", TYPICAL)],
    });
    const kt05 = byCode(result, "KT05");
    expect(kt05).toMatchObject({ actual: { kind: "number", value: 51000 }, status: "exceeded" });
    expect(kt05?.findings.map((f) => [f.rule, f.severity])).toEqual([["not_in_sub_units", "info"]]);
  });

  test("no actual from anyone yet (the plan stage): the evaluation's own “no actual” stands", () => {
    const result = consolidate({ units: [ward("Phường A", {}), ward("Phường B", {})] });
    const revenue = byCode(result, "KT09");
    expect(revenue).toMatchObject({ status: "missing", target: { value: 1600 } });
    expect(revenue?.findings.map((f) => f.rule)).toEqual(["missing_actual"]);
  });

  test("a “không” indicator is not missing from the sub-units that lack it", () => {
    const growth = {
      code: "KT03",
      name: "Tốc độ tăng trưởng khu vực dịch vụ",
      unit: "%",
      aggregation: { rule: "none" as const },
    };
    const parent = ward(
      "Quận",
      {},
      { extra: [{ ...growth, target: { kind: "at_least", value: 10 }, actual: 11 }] },
    );
    const result = consolidate({
      parent,
      units: [
        ward("Phường A", TYPICAL, { extra: [growth] }),
        ward("Phường B", TYPICAL),
        ward("Phường C", TYPICAL, { extra: [growth] }),
      ],
    });
    expect(only(result.findings, "unit_missing_indicator")).toEqual([]);
    expect(byCode(result, "KT03")).toMatchObject({ status: "exceeded", findings: [] });
  });
});
