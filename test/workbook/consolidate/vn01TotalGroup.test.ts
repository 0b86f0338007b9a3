import { consolidateWorkbooks } from "../../../src/workbook/consolidate/consolidateWorkbooks";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { openCorpusFile } from "../../support/corpus";

/**
 * vn01 ("Biểu 07", shared/corpus): "Toàn huyện" and ten communes side by side. The total group
 * is the district's report; its communes are reported apart and never added to it.
 */
describe("vn01 consolidated: the total group is the report, its communes apart", () => {
  let book: WorkbookSnapshot;
  beforeAll(async () => {
    book = await openCorpusFile("vn01");
  }, 60_000);

  test("ten communes, the district standing as the parent", () => {
    const result = consolidateWorkbooks([book]);
    expect(result.units).toHaveLength(10);
    expect(result.units.map((u) => u.unit)).not.toContain("Toàn huyện");
    expect(result.parentUnit).toBe("Toàn huyện");
    expect(result.matrix.units).toHaveLength(10);
  });

  test("one judgment per indicator: no count adds the district and its communes", () => {
    const result = consolidateWorkbooks([book]);
    const rows = result.indicators.length;
    expect(result.summary.total).toBeLessThanOrEqual(rows);
    const counted = Object.values(result.summary.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(result.summary.total);
    const [, x, y] = /(\d+)\/(\d+) chỉ tiêu/.exec(result.sentence) ?? [];
    expect(Number(y)).toBe(result.summary.total);
    expect(Number(x)).toBeLessThanOrEqual(Number(y));
    // The district's targets stand: the roll-up is judged against "Toàn huyện"'s plan.
    const fromParent = result.indicators.filter((i) => i.targetFrom === "parent");
    expect(fromParent.length).toBeGreaterThan(0);
  });
});
