import type { WriteValue } from "../../../src/workbook/changeSet";
import { consolidateWorkbooks } from "../../../src/workbook/consolidate/consolidateWorkbooks";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { BookFolder, type Entries } from "./realBooks";
import { ENTRIES, wardSpec } from "./tenWards";

/** Dân số (XH01) and số hộ (XH02) weigh the wards' rates; KT15 is a plan indicator. */
const UNTARGETED = ["XH01", "XH02", "KT15"];

function entries(w: number): Entries {
  const out: Entries = { ...ENTRIES[w] };
  const none: { target: WriteValue } = { target: null };
  for (const code of UNTARGETED) out[code] = { ...ENTRIES[w][code], ...none };
  return out;
}

describe("a weight base (dân số, số hộ) with no target is carried, not judged", () => {
  let folder: BookFolder;
  let books: WorkbookSnapshot[];
  beforeAll(async () => {
    folder = await BookFolder.make();
    books = [];
    for (const w of [0, 1, 2]) {
      books.push(
        await folder.open(await folder.write(`w${w}.xlsx`, [wardSpec(w, { entries: entries(w) })])),
      );
    }
  }, 60_000);
  afterAll(async () => folder.remove());

  const run = () => consolidateWorkbooks(books, undefined, { period: "year" });

  test("no error finding for their missing targets, in the roll-up or any ward", () => {
    const result = run();
    const missing = result.findings.filter((f) => f.rule === "missing_target");
    const named = missing.map((f) => String(f.params.name));
    expect(named.some((n) => /Dân số|số hộ/i.test(n))).toBe(false);
    // A plan indicator left blank in every ward is "Không giao kế hoạch": not judged, no error.
    const firms = result.indicators.find((i) => i.code === "KT15");
    expect(named).not.toContain(firms?.name);
    expect(firms?.basis).toBeUndefined();
    expect(firms?.status).toBe("no_target");
  });

  test("their figures are rolled up, and they are in no count and no sentence", () => {
    const result = run();
    const bases = result.indicators.filter((i) => i.basis === true);
    expect(bases.map((i) => i.code).sort()).toEqual(["XH01", "XH02"]);
    for (const b of bases) {
      expect(b.actual?.kind).toBe("number");
      expect(b.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
    // KT15, with no target in any ward, is counted apart like the bases.
    const judged = result.indicators.filter((i) => !i.basis && i.status !== "no_target");
    expect(result.indicators.find((i) => i.code === "KT15")?.status).toBe("no_target");
    expect(result.summary.total).toBe(judged.length);
    expect(result.sentence).not.toMatch(/Dân số trung bình|Tổng số hộ dân cư/);
    expect(result.sentence).not.toMatch(/Số doanh nghiệp thành lập mới/);
  });

  test("the rates weighed by them are still rolled up by their weights", () => {
    const xh20 = run().indicators.find((i) => i.code === "XH20");
    expect(xh20?.rule).toEqual({ rule: "weighted_mean", weightCode: "XH01" });
    expect(xh20?.actual?.kind).toBe("number");
    expect(["exceeded", "achieved", "not_achieved"]).toContain(xh20?.status);
  });
});
