import { consolidate } from "../../../src/engine/consolidate";
import { findingMessage } from "../../../src/engine/findings/finding";
import { only, unitPlan } from "./support";
import { TYPICAL, ward } from "./wards";

describe("which sheets are consolidated", () => {
  test("two sheets claiming one sub-unit: the first is taken, the second named", () => {
    const result = consolidate({
      units: [
        ward("Phường A", TYPICAL),
        ward("Phường B", TYPICAL),
        ward("phường  a", { ...TYPICAL, revenue: 1 }, { sheet: "Phường A (sửa)" }),
      ],
    });
    expect(result.units.map((u) => u.unit)).toEqual(["Phường A", "Phường B"]);
    const [duplicate] = only(result.findings, "duplicate_unit");
    expect(duplicate).toMatchObject({
      severity: "error",
      sheet: "Phường A (sửa)",
      params: { unit: "phường  a", sheet: "Phường A (sửa)", firstSheet: "Phường A" },
    });
    expect(findingMessage(duplicate)).toBe(
      "Trang “Phường A (sửa)” và trang “Phường A” cùng báo cáo cho “phường  a”; chỉ tổng hợp trang “Phường A”.",
    );
    expect(result.indicators[0].actual).toEqual({ kind: "number", value: 1700 });
  });

  test("expected sub-units that never arrived", () => {
    const result = consolidate({
      units: [ward("Phường A", TYPICAL), ward("Phường B", TYPICAL)],
      expectedUnits: ["Phường A", "PHƯỜNG B", "Phường C", "Phường D"],
    });
    const missing = only(result.findings, "expected_unit_missing");
    expect(missing.map((f) => f.params.unit)).toEqual(["Phường C", "Phường D"]);
    expect(findingMessage(missing[0])).toBe(
      "Chưa có báo cáo của “Phường C”; số tổng hợp chưa có phần của đơn vị này.",
    );
  });

  test("while expected sub-units are missing, every roll-up is partial: shown, never judged", () => {
    const result = consolidate({
      units: [ward("Phường A", TYPICAL), ward("Phường B", TYPICAL)],
      expectedUnits: ["Phường A", "Phường B", "Phường C"],
    });
    for (const indicator of result.indicators) {
      expect([indicator.code, indicator.status, indicator.partial?.actual?.missing]).toEqual([
        indicator.code,
        "missing",
        ["Phường C"],
      ]);
    }
    // The sum of two is shown, marked, not called the district's.
    expect(result.indicators[0].actual).toEqual({ kind: "number", value: 1700 });
    // Said once, for the ward that sent nothing, not once per indicator.
    expect(only(result.findings, "figures_partial")).toEqual([]);
    expect(only(result.findings, "expected_unit_missing")).toHaveLength(1);
  });

  test("when every expected sub-unit came, the same figures are judged", () => {
    const result = consolidate({
      units: [ward("Phường A", TYPICAL), ward("Phường B", TYPICAL)],
      expectedUnits: ["Phường A", "Phường B"],
    });
    expect(result.indicators.every((i) => i.partial === undefined)).toBe(true);
    expect(result.indicators.map((i) => i.status)).not.toContain("missing");
  });

  test("a ward's blank figure and a ward that sent nothing: one finding names both", () => {
    const result = consolidate({
      units: [ward("Phường A", TYPICAL), ward("Phường B", { ...TYPICAL, revenue: undefined })],
      expectedUnits: ["Phường A", "Phường B", "Phường C"],
    });
    const [partial] = only(result.findings, "figures_partial");
    expect(partial.params).toMatchObject({ present: 1, total: 3, units: "Phường B, Phường C" });
  });

  test("a sheet of another template (few shared codes) is left out, with one finding", () => {
    const budget = unitPlan(
      "Phường C",
      [
        { code: "A", name: "Tổng thu ngân sách nhà nước", unit: "tỷ đồng", actual: 900 },
        { code: "I", name: "Thu nội địa", unit: "tỷ đồng", actual: 700 },
        { code: "II", name: "Thu tiền sử dụng đất", unit: "tỷ đồng", actual: 200 },
        { code: "KT09", name: "Thu ngân sách", unit: "tỷ đồng", actual: 900 },
      ],
      "Dự toán P.C",
    );
    const result = consolidate({
      units: [ward("Phường A", TYPICAL), ward("Phường B", TYPICAL), budget],
      expectedUnits: ["Phường A", "Phường B", "Phường C"],
    });
    expect(result.units.map((u) => u.unit)).toEqual(["Phường A", "Phường B"]);
    const [foreign] = only(result.findings, "foreign_template");
    expect(foreign).toMatchObject({
      sheet: "Dự toán P.C",
      params: { unit: "Phường C", sheet: "Dự toán P.C", shared: 1, total: 4 },
    });
    // It arrived, just not as a plan of this kind: not also "never arrived", nor "missing codes".
    expect(only(result.findings, "expected_unit_missing")).toEqual([]);
    expect(only(result.findings, "unit_missing_indicator")).toEqual([]);
    expect(result.indicators.map((i) => i.code)).toEqual(["KT09", "KT15", "XH01", "XH20", "AN04"]);
  });

  test("against a parent, a sheet sharing none of its codes is another template", () => {
    const parent = ward("Quận", {}, { sheet: "Tổng hợp" });
    const other = unitPlan("Phường C", [
      { code: "NS01", name: "Chi thường xuyên", unit: "tỷ đồng" },
    ]);
    const result = consolidate({ parent, units: [ward("Phường A", TYPICAL), other] });
    expect(only(result.findings, "foreign_template").map((f) => f.params.unit)).toEqual([
      "Phường C",
    ]);
  });

  test("a sub-unit's own bad entries are carried with its sheet", () => {
    const a = ward("Phường A", TYPICAL);
    a.findings.push({
      rule: "not_a_number",
      severity: "error",
      sheet: "Phường A",
      cell: "K6",
      params: { value: "khoảng 300" },
    });
    const result = consolidate({ units: [a, ward("Phường B", TYPICAL)] });
    expect(only(result.findings, "not_a_number")).toEqual([a.findings[0]]);
  });
});
