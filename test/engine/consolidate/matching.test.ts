import { checkPlan } from "../../../src/engine/check/checkPlan";
import { consolidate, unitPlanFromCheck, withParentNames } from "../../../src/engine/consolidate";
import { rawRow } from "../support/rawRows";
import { indicator, only, unitPlan } from "./support";

describe("indicators match by code, or by label and unit where a sheet has no codes", () => {
  test("numbering and spelling aside, the same label is the same indicator", () => {
    const result = consolidate({
      units: [
        unitPlan("Xã A", [{ name: "1. Thu ngân sách nhà nước", unit: "tỷ đồng", actual: 12 }]),
        unitPlan("Xã B", [{ name: "1.1.Thu  ngân sách Nhà nước", unit: "Tỷ đồng", actual: 8 }]),
        unitPlan("Xã C", [{ name: "- THU NGÂN SÁCH NHÀ NƯỚC", unit: "tỉ đồng", actual: 5 }]),
      ],
    });
    expect(result.indicators).toHaveLength(1);
    expect(result.indicators[0]).toMatchObject({
      key: "name:thu ngan sach nha nuoc",
      name: "1. Thu ngân sách nhà nước",
      actual: { kind: "number", value: 25 },
    });
  });

  test("a sheet without codes takes a coded sheet's code for the same label", () => {
    const result = consolidate({
      units: [
        unitPlan("Phường A", [{ code: "XD01", name: "Kết nạp đảng viên mới", actual: 12 }]),
        unitPlan("Phường B", [{ name: "3. Kết nạp đảng viên mới", actual: 9 }]),
      ],
    });
    expect(result.indicators).toHaveLength(1);
    expect(result.indicators[0]).toMatchObject({
      code: "XD01",
      actual: { kind: "number", value: 21 },
    });
  });

  test("the same name under different parents stays apart (“- Năng suất” of rice, of maize)", () => {
    const rows = [
      { name: "1.1. Lúa", unit: "ha" },
      { name: "- Diện tích", unit: "ha" },
      { name: "- Sản lượng", unit: "tấn" },
      { name: "1.2. Ngô", unit: "ha" },
      { name: "- Diện tích", unit: "ha" },
      { name: "- Sản lượng", unit: "tấn" },
    ];
    const places = [
      { row: 5 },
      { row: 6, parentRow: 5 },
      { row: 7, parentRow: 5 },
      { row: 8 },
      { row: 9, parentRow: 8 },
      { row: 10, parentRow: 8 },
    ];
    const commune = (unit: string, figures: number[]) => {
      const indicators = rows.map((r, i) => indicator(unit, 5 + i, { ...r, actual: figures[i] }));
      return { unit, sheet: unit, indicators: withParentNames(indicators, places), findings: [] };
    };
    const result = consolidate({
      units: [commune("Xã A", [10, 10, 60, 5, 5, 30]), commune("Xã B", [20, 20, 130, 2, 2, 11])],
    });
    expect(result.indicators.map((i) => [i.key, i.actual])).toEqual([
      ["name:lua", { kind: "number", value: 30 }],
      ["name:lua > dien tich", { kind: "number", value: 30 }],
      ["name:lua > san luong", { kind: "number", value: 190 }],
      ["name:ngo", { kind: "number", value: 7 }],
      ["name:ngo > dien tich", { kind: "number", value: 7 }],
      ["name:ngo > san luong", { kind: "number", value: 41 }],
    ]);
  });

  test("a label repeated under the same parent is told apart by its order", () => {
    const twice = (unit: string, a: number, b: number) =>
      unitPlan(unit, [
        { name: "- Tổng diện tích", unit: "ha", actual: a },
        { name: "- Tổng diện tích", unit: "ha", actual: b },
      ]);
    const result = consolidate({ units: [twice("Xã A", 1, 2), twice("Xã B", 10, 20)] });
    expect(result.indicators.map((i) => i.actual)).toEqual([
      { kind: "number", value: 11 },
      { kind: "number", value: 22 },
    ]);
  });
});

describe("from a checked table", () => {
  const table = (sheet: string, actual: string | number) =>
    [
      rawRow(5, {
        code: "XD01",
        name: "Kết nạp đảng viên mới",
        unit: "đảng viên",
        target: 12,
        actual,
      }),
      rawRow(6, {
        code: "XD02",
        name: "Phát triển tổ chức Đảng",
        unit: "tổ chức",
        target: 1,
        actual: 1,
      }),
    ].map((row) => ({ ...row, sheet }));

  test("a sub-unit's own bad entries come with its sheet and cell, its statuses with it", () => {
    const a = unitPlanFromCheck("Phường A", checkPlan(table("Phường A", 14)), "Phường A");
    const b = unitPlanFromCheck("Phường B", checkPlan(table("Phường B", "mười hai")), "Phường B");
    expect(b.indicators[0].status).toBe("invalid");
    const result = consolidate({ units: [a, b] });
    const [bad] = only(result.findings, "not_a_number");
    expect(bad).toMatchObject({ sheet: "Phường B", cell: "K5" });
    expect(result.indicators[0]).toMatchObject({ status: "missing" });
    expect(result.matrix.rows[0].statuses).toEqual(["exceeded", "invalid"]);
    expect(result.indicators[1].actual).toEqual({ kind: "number", value: 2 });
  });
});
