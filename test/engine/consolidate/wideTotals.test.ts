import { checkWideTotals, type WideGroup } from "../../../src/engine/consolidate";
import { findingMessage } from "../../../src/engine/findings/finding";
import { indicator, type IndicatorSpec } from "./support";

const SHEET = "Biểu 07";

type Row = Omit<IndicatorSpec, "actual" | "target"> & { figures: number[] };

/**
 * A wide sheet: one row per indicator, a column group per unit; the first group is the total.
 * Each row's `figures` are the groups' actuals, the total's first.
 */
function wideSheet(rows: Row[], units = ["Toàn huyện", "Xã A", "Xã B", "Xã C"]): WideGroup[] {
  return units.map((unit, g) => ({
    unit,
    sheet: SHEET,
    isTotal: g === 0,
    findings: [],
    indicators: rows.map(({ figures, ...spec }, r) => {
      const row = indicator(SHEET, 8 + r, { ...spec, actual: figures[g] });
      const column = String.fromCharCode("D".charCodeAt(0) + 3 * g);
      return { ...row, cells: { ...row.cells, actual: `${column}${8 + r}` } };
    }),
  }));
}

describe("a wide sheet's total group against the roll-up of its units", () => {
  test("totals that are the sums: nothing to say", () => {
    const groups = wideSheet([
      { name: "1. Diện tích lúa", unit: "ha", figures: [60, 10, 20, 30] },
      { name: "2. Sản lượng", unit: "tấn", figures: [330.5, 60, 130.5, 140] },
    ]);
    expect(checkWideTotals(groups)).toEqual([]);
  });

  test("a total that is not the sum: a finding at the total's cell", () => {
    const groups = wideSheet([{ name: "1. Diện tích lúa", unit: "ha", figures: [62, 10, 20, 30] }]);
    const [differs] = checkWideTotals(groups);
    expect(differs).toMatchObject({
      rule: "total_differs",
      sheet: SHEET,
      cell: "D8",
      params: { total: 62, rollup: 60, difference: 2, count: 3 },
    });
    expect(findingMessage(differs)).toBe(
      "Số thực hiện 62 của “Toàn huyện” cho “Diện tích lúa” khác 60 là tổng của 3 đơn vị (chênh lệch 2).",
    );
  });

  test("a blank unit cell counts as nothing in a sum", () => {
    const groups = wideSheet([{ name: "Số hộ", unit: "hộ", figures: [30, 10, 20, NaN] }]);
    groups[3].indicators[0].actual = undefined;
    expect(checkWideTotals(groups)).toEqual([]);
  });

  test("rule by rule: a mean total is checked as a mean", () => {
    const mean = { name: "Tỷ lệ hài lòng", unit: "%", aggregation: { rule: "mean" as const } };
    expect(checkWideTotals(wideSheet([{ ...mean, figures: [92, 90, 92, 94] }]))).toEqual([]);
    const [differs] = checkWideTotals(wideSheet([{ ...mean, figures: [276, 90, 92, 94] }]));
    expect(differs).toMatchObject({ rule: "total_differs", params: { rollup: 92 } });
  });

  test("a yield summed into the total is flagged at each summed cell", () => {
    const groups = wideSheet([{ name: "- Năng suất", unit: "tạ/ha", figures: [150, 50, 45, 55] }]);
    const findings = checkWideTotals(groups);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["total_sums_rate", "D8"]]);
    expect(findingMessage(findings[0])).toBe(
      "Số thực hiện 150 của “Toàn huyện” cho “Năng suất” là tổng của 3 đơn vị, nhưng tỷ lệ, năng suất không cộng được; hãy tính bình quân (theo diện tích, dân số…).",
    );
  });

  test("a yield whose total is no sum still needs its rule", () => {
    const groups = wideSheet([{ name: "- Năng suất", unit: "tạ/ha", figures: [50, 50, 45, 55] }]);
    expect(checkWideTotals(groups).map((f) => f.rule)).toEqual(["rate_without_rule"]);
  });

  test("a yield with no figures at all says nothing", () => {
    const groups = wideSheet([{ name: "- Năng suất", unit: "tạ/ha", figures: [0, 0, 0, 0] }]);
    expect(checkWideTotals(groups)).toEqual([]);
  });

  test("without a total group there is nothing to check", () => {
    const groups = wideSheet([{ name: "Số hộ", unit: "hộ", figures: [1, 2, 3, 4] }]);
    expect(checkWideTotals(groups.map((g) => ({ ...g, isTotal: false })))).toEqual([]);
  });
});
