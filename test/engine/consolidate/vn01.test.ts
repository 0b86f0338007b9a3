import { checkPlan } from "../../../src/engine/check/checkPlan";
import {
  checkWideTotals,
  consolidate,
  isRateIndicator,
  unitPlanFromCheck,
  type WideGroup,
} from "../../../src/engine/consolidate";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { openCorpusFile } from "../../support/corpus";

/**
 * Integration: vn01 (shared/corpus/README.md), "Biểu 07", a district report in the wide
 * layout: "Toàn huyện" and ten communes, no codes, numbered labels. Its totals equal the
 * communes' sums in every cell, yields in tạ/ha included — which must be flagged.
 */
async function groups(): Promise<WideGroup[]> {
  const snapshot = await openCorpusFile("vn01");
  const [reading] = snapshot.sheets.map((sheet) => readPlanSheet(sheet));
  return reading.tables.map((table) => ({
    ...unitPlanFromCheck(table.unit ?? "", checkPlan(table.rows), table.sheet, table.rows),
    isTotal: table.group?.isTotal ?? false,
  }));
}

describe("vn01: the wide layout's total against its communes", () => {
  let wide: WideGroup[];
  beforeAll(async () => {
    wide = await groups();
  });

  const rowOf = (group: WideGroup, cell: string | undefined) =>
    group.indicators.find((i) => Object.values(i.cells).includes(cell ?? ""));

  test("the total group and ten communes", () => {
    expect(wide).toHaveLength(11);
    expect(wide.filter((g) => g.isTotal).map((g) => g.unit)).toEqual(["Toàn huyện"]);
  });

  test("the totals are the communes' sums: no difference anywhere", () => {
    const findings = checkWideTotals(wide);
    expect(findings.filter((f) => f.rule === "total_differs")).toEqual([]);
  });

  test("but yields in tạ/ha are not summed: each summed yield cell is a finding", () => {
    const [total] = wide;
    const summed = checkWideTotals(wide).filter((f) => f.rule === "total_sums_rate");
    expect(summed.length).toBeGreaterThan(0);
    for (const f of summed) {
      const row = rowOf(total, f.cell);
      expect(row?.name).toMatch(/Năng suất/);
      expect(row?.unit).toBe("Tạ/Ha");
      expect(f.cell).toMatch(/^[DEF]\d+$/); // the "Toàn huyện" group's columns
    }
    // Ngô (row 17): planned 74 tạ/ha for the district, the sum of the communes' plans.
    expect(summed.find((f) => f.cell === "E17")).toMatchObject({
      sheet: total.sheet,
      params: { unit: "Toàn huyện", indicator: "Ngô: Năng suất", total: 74 },
    });
  });

  test("every other finding is a rate without its rule", () => {
    const [total] = wide;
    const others = checkWideTotals(wide).filter((f) => f.rule !== "total_sums_rate");
    expect(new Set(others.map((f) => f.rule))).toEqual(new Set(["rate_without_rule"]));
    for (const f of others) {
      const row = rowOf(total, f.cell);
      expect(row && isRateIndicator(row.name, row.unit)).toBe(true);
    }
  });

  test("a commune's figure changed by one: the total's cell is named", () => {
    const changed = wide.map((group, g) =>
      g !== 3
        ? group
        : {
            ...group,
            indicators: group.indicators.map((i) =>
              i.row === 12 && i.forecast?.kind === "number"
                ? { ...i, forecast: { kind: "number" as const, value: i.forecast.value + 1 } }
                : i,
            ),
          },
    );
    const differs = checkWideTotals(changed).filter((f) => f.rule === "total_differs");
    expect(differs).toEqual([
      expect.objectContaining({
        cell: "F12",
        params: expect.objectContaining({ indicator: "Củ năng: Diện tích", difference: -1 }),
      }),
    ]);
  });

  test("consolidated as its communes: areas and outputs summed, yields left out", () => {
    const [total, ...communes] = wide;
    const result = consolidate({ parent: total, units: communes });
    expect(result.units).toHaveLength(10);
    expect(result.findings.filter((f) => f.rule === "allocation_mismatch")).toEqual([]);
    const rice = result.indicators.find(
      (i) => i.key === "name:dien tich cay hang nam > cay luong thuc co hat",
    );
    expect(rice?.forecast).toEqual({ kind: "number", value: 1706.2 });
    const yields = result.indicators.filter((i) => /Năng suất/.test(i.name));
    expect(yields.length).toBeGreaterThan(0);
    for (const y of yields) {
      expect(y.status).toBe("invalid");
      expect(y.forecast).toBeUndefined();
      expect(y.findings.map((f) => f.rule)).toEqual(["rate_without_rule"]);
    }
  });
});
