import { consolidate } from "../../../src/engine/consolidate";
import { findingMessage } from "../../../src/engine/findings/finding";
import { only, unitPlan } from "./support";
import { TYPICAL, ward } from "./wards";

describe("units of measure: a unit that differs is a finding, never a silent merge", () => {
  test("matched by code: “triệu đồng” beside “tỷ đồng” is left out, with its cell", () => {
    const result = consolidate({
      units: [
        ward("Phường A", TYPICAL),
        ward(
          "Phường B",
          { ...TYPICAL, revenue: 850000 },
          { change: { revenue: { unit: "triệu đồng" } } },
        ),
        ward("Phường C", TYPICAL),
      ],
    });
    const [differs] = only(result.findings, "measure_differs");
    expect(differs).toMatchObject({
      severity: "error",
      sheet: "Phường B",
      cell: "D5",
      params: { unit: "Phường B", measure: "triệu đồng", expected: "tỷ đồng" },
    });
    expect(findingMessage(differs)).toBe(
      "“Phường B” ghi “KT09 Thu ngân sách nhà nước trên địa bàn” theo đơn vị tính “triệu đồng”, khác “tỷ đồng” dùng để tổng hợp; số của đơn vị này không được tổng hợp. Hãy đổi về “tỷ đồng”.",
    );
    const revenue = result.indicators.find((i) => i.code === "KT09");
    expect(revenue).toMatchObject({ unit: "tỷ đồng", status: "invalid" });
    expect(revenue?.actual).toBeUndefined();
    expect(revenue?.percent).toBeUndefined();
    const b = revenue?.sources.find((s) => s.unit === "Phường B" && s.column === "actual");
    expect(b).toMatchObject({ value: 850000, used: false, cell: "K5" });
  });

  test("the parent's unit of measure is the reference", () => {
    const parent = unitPlan("Quận", [{ code: "KT09", name: "Thu ngân sách", unit: "triệu đồng" }]);
    const result = consolidate({
      parent,
      units: [ward("Phường A", TYPICAL), ward("Phường B", TYPICAL)],
    });
    expect(only(result.findings, "measure_differs").map((f) => f.params.unit)).toEqual([
      "Phường A",
      "Phường B",
    ]);
  });

  test.each<[string, string, "revenue" | "insurance"]>([
    ["tỉ đồng", "tỷ đồng", "revenue"],
    ["Tỷ", "tỷ đồng", "revenue"],
    ["", "tỷ đồng", "revenue"],
    ["Tạ / Ha", "tạ/ha", "insurance"],
  ])("“%s” and “%s” are the same unit", (a, b, code) => {
    const result = consolidate({
      units: [
        ward("Phường A", TYPICAL, { change: { [code]: { unit: a || undefined } } }),
        ward("Phường B", TYPICAL, { change: { [code]: { unit: b } } }),
      ],
    });
    expect(only(result.findings, "measure_differs")).toEqual([]);
    const rolled = result.indicators.find((i) => i.code === (code === "revenue" ? "KT09" : "XH20"));
    expect(rolled?.actual).toEqual({ kind: "number", value: code === "revenue" ? 1700 : 94 });
  });

  test("matched by label: same name, other unit is a near miss, not merged", () => {
    const revenue = (unit: string, actual: number) => [
      { name: "1. Thu ngân sách nhà nước", unit, actual },
      { name: "2. Số doanh nghiệp thành lập mới", unit: "doanh nghiệp", actual: 10 },
    ];
    const result = consolidate({
      units: [
        unitPlan("Xã A", revenue("tỷ đồng", 12)),
        unitPlan("Xã B", revenue("tỷ đồng", 8)),
        unitPlan("Xã C", revenue("triệu đồng", 9500)),
      ],
    });
    const [nearMiss] = only(result.findings, "label_near_miss");
    expect(nearMiss).toMatchObject({
      severity: "warning",
      sheet: "Xã C",
      cell: "D5",
      params: {
        unit: "Xã C",
        indicator: "Thu ngân sách nhà nước",
        measure: "triệu đồng",
        expected: "tỷ đồng",
      },
    });
    expect(result.indicators).toHaveLength(2);
    expect(result.indicators[0]).toMatchObject({ status: "invalid", unit: "tỷ đồng" });
    expect(result.indicators[1].actual).toEqual({ kind: "number", value: 30 });
  });
});
