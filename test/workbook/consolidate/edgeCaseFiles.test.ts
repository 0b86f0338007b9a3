import { join } from "node:path";
import type { Finding } from "../../../src/engine/findings/finding";
import { findingMessage } from "../../../src/engine/findings/finding";
import type { RuleId } from "../../../src/engine/findings/rules";
import { templateIndicators, WARD_PLAN } from "../../../src/engine/templates";
import type { Change } from "../../../src/workbook/changeSet";
import { consolidateWorkbooks } from "../../../src/workbook/consolidate/consolidateWorkbooks";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { CORPUS, corpusFiles } from "../../support/corpus";
import { BookFolder, type Entries, type SheetSpec } from "./realBooks";
import { actualOf, ENTRIES, PARENT, PARENT_BOOK, SHARES, WARDS, wardSpec } from "./tenWards";

const vn01 = corpusFiles().find((f) => f.startsWith("vn01")) as string;

const sheetOf = (w: number) => `KH 2023 - ${WARDS[w]}`;
const only = (findings: readonly Finding[], rule: RuleId) =>
  findings.filter((f) => f.rule === rule);

/** Every code's row with `change` added to ward w's own entries. */
function everyCode(w: number, change: Entries[string]): Entries {
  const out: Entries = {};
  for (const t of templateIndicators(WARD_PLAN)) out[t.code] = { ...ENTRIES[w][t.code], ...change };
  return out;
}

function withEntries(w: number, entries: Entries, more: Partial<SheetSpec> = {}): SheetSpec {
  return wardSpec(w, { entries: { ...ENTRIES[w], ...entries }, ...more });
}

/** Types a line of text in A5, the blank row between a plan template's title and its header. */
const titleLine =
  (text: string) =>
  (sheet: SheetSnapshot): Change[] => [
    { kind: "values", sheet: sheet.name, anchor: "A5", rows: [[text]] },
  ];

const BOOKS: Record<string, SheetSpec[]> = {
  parent: PARENT_BOOK,
  ...Object.fromEntries(WARDS.map((_, w) => [`w${w}`, [wardSpec(w)]])),
  noKT15: [wardSpec(2, { drop: ["KT15"] })],
  ...Object.fromEntries([1, 2, 3].map((w) => [`noXD02-${w}`, [wardSpec(w, { drop: ["XD02"] })]])),
  // Phường Mỹ Đình 2 keeps its revenue in triệu đồng.
  million: [withEntries(4, { KT09: { unit: "triệu đồng", actual: actualOf(4, "KT09") * 1000 } })],
  twice: [wardSpec(1), wardSpec(1, { entries: everyCode(1, { actual: 1 }) })],
  foreign: [
    wardSpec(6, {
      edit: (sheet) =>
        sheet.values.flatMap((row, r): Change[] =>
          typeof row[1] === "string" && /^[A-Z]{2}\d\d$/.test(row[1])
            ? [{ kind: "values", sheet: sheet.name, anchor: `B${r + 1}`, rows: [[`M${r}`]] }]
            : [],
        ),
    }),
  ],
  budget: [{ template: "budget", unit: WARDS[7] }],
  badEntry: [withEntries(5, { KT09: { actual: "abc" } })],
  ...Object.fromEntries(
    [0, 1].map((w) => [
      `codeless-${w}`,
      [
        wardSpec(w, {
          entries: {
            ...everyCode(w, { code: null }),
            ...(w === 1 ? { XH01: { code: null, unit: "nghìn người", actual: 31 } } : {}),
          },
        }),
      ],
    ]),
  ),
  ...Object.fromEntries(
    [0, 1, 2].map((w) => [
      `noRule-${w}`,
      [withEntries(w, { XH20: { ...ENTRIES[w].XH20, aggregation: null } })],
    ]),
  ),
  offShare: [withEntries(3, { XD01: { ...ENTRIES[3].XD01, target: 20 } })],
  parentBadShare: [
    PARENT_BOOK[0],
    { ...PARENT_BOOK[1], shares: { ...SHARES, XD01: { ...SHARES.XD01, [WARDS[0]]: "mười" } } },
  ],
  parentListed: [
    {
      template: "district-plan",
      unit: PARENT,
      edit: titleLine(`Đơn vị trực thuộc: ${WARDS[0]}, ${WARDS[1]}, Phường Tây Hồ`),
    },
  ],
};

describe("consolidating real .xlsx files: each edge case", () => {
  let folder: BookFolder;
  const books = new Map<string, WorkbookSnapshot>();

  beforeAll(async () => {
    folder = await BookFolder.make();
    for (const [name, specs] of Object.entries(BOOKS)) {
      books.set(name, await folder.open(await folder.write(`${name}.xlsx`, specs)));
    }
  }, 180_000);

  afterAll(async () => folder.remove());

  const book = (name: string) => books.get(name) as WorkbookSnapshot;
  const run = (names: string[], parent?: string) =>
    consolidateWorkbooks(names.map(book), parent === undefined ? undefined : book(parent), {
      period: "year",
    });
  const indicator = (result: ReturnType<typeof run>, code: string) =>
    result.indicators.find((i) => i.code === code);

  test("a ward missing a code: named with the code, and the sum is the others', marked partial", () => {
    const result = run(["w0", "w1", "noKT15", "w3"]);
    const [missing] = only(result.findings, "unit_missing_indicator");
    expect(missing).toMatchObject({ sheet: sheetOf(2) });
    expect(findingMessage(missing)).toContain(WARDS[2]);
    expect(findingMessage(missing)).toContain("KT15");
    const firms = indicator(result, "KT15");
    const present = [0, 1, 3].reduce((a, w) => a + actualOf(w, "KT15"), 0);
    expect(firms?.actual).toEqual({ kind: "number", value: expect.closeTo(present, 6) });
    expect(firms?.partial?.actual?.missing).toEqual([WARDS[2]]);
    expect(firms?.status).toBe("missing");
    expect(indicator(result, "KT09")?.actual).toEqual({
      kind: "number",
      value: expect.closeTo(
        [0, 1, 2, 3].reduce((a, w) => a + actualOf(w, "KT09"), 0),
        6,
      ),
    });
  });

  test("a code only some wards have: one finding naming them, rolled up from those", () => {
    const result = run(["w0", "noXD02-1", "noXD02-2", "noXD02-3"]);
    const [some] = only(result.findings, "indicator_in_some_units");
    expect(some.params).toMatchObject({ count: 1, total: 4, units: WARDS[0] });
    expect(indicator(result, "XD02")?.actual).toEqual({
      kind: "number",
      value: actualOf(0, "XD02"),
    });
  });

  test("tỷ vs triệu đồng: the ward's revenue is left out at its unit cell, never added", () => {
    const result = run(["w0", "w1", "w2", "w3", "million"]);
    const [differs] = only(result.findings, "measure_differs");
    expect(differs).toMatchObject({ sheet: sheetOf(4), cell: expect.stringMatching(/^D\d+$/) });
    expect(differs.params).toMatchObject({ measure: "triệu đồng", expected: "tỷ đồng" });
    expect(indicator(result, "KT09")).toMatchObject({ status: "invalid" });
    expect(indicator(result, "KT09")?.actual).toBeUndefined();
  });

  test("two sheets claiming the same ward: the second is left out with a finding", () => {
    const result = run(["w0", "twice"]);
    expect(result.units.map((u) => u.unit)).toEqual([WARDS[0], WARDS[1]]);
    const [dup] = only(result.findings, "duplicate_unit");
    expect(dup.params).toMatchObject({ unit: WARDS[1], firstSheet: sheetOf(1) });
    expect(dup.sheet).not.toBe(sheetOf(1));
    const sum = actualOf(0, "XH01") + actualOf(1, "XH01");
    expect(indicator(result, "XH01")?.actual).toEqual({ kind: "number", value: sum });
  });

  test("a sheet of another template is left out; a budget sheet has no plan table", () => {
    const result = run(["w0", "w1", "foreign", "budget"], "parent");
    expect(result.units.map((u) => u.unit)).toEqual([WARDS[0], WARDS[1]]);
    expect(only(result.findings, "foreign_template")).toEqual([
      expect.objectContaining({ sheet: sheetOf(6) }),
    ]);
    expect(only(result.findings, "no_plan_table").map((f) => f.sheet)).toContain(
      `Ngân sách 2023 - ${WARDS[7]}`,
    );
  });

  test("a ward's own bad entry comes with its sheet and cell", () => {
    const result = run(["w0", "w1", "badEntry"]);
    const bad = only(result.findings, "not_a_number").find((f) => f.params.value === "abc");
    expect(bad).toMatchObject({ sheet: sheetOf(5), cell: expect.stringMatching(/^K\d+$/) });
    // "abc" is no figure: the sum is the two others', marked partial, and not judged.
    const revenue = indicator(result, "KT09");
    const present = [0, 1].reduce((a, w) => a + actualOf(w, "KT09"), 0);
    expect(revenue?.actual).toEqual({ kind: "number", value: expect.closeTo(present, 6) });
    expect(revenue?.partial?.actual?.missing).toHaveLength(1);
    expect(revenue?.status).toBe("missing");
  });

  test("wards the allocation sheet expects that never arrived are named", () => {
    const result = run(
      WARDS.slice(0, 8).map((_, w) => `w${w}`),
      "parent",
    );
    const missing = only(result.findings, "expected_unit_missing").map((f) => f.params.unit);
    expect(missing).toEqual(WARDS.slice(8));
    expect(findingMessage(only(result.findings, "expected_unit_missing")[0])).toContain(WARDS[8]);
  });

  test("…or that a title-block line lists", () => {
    const result = run(["w0", "w1"], "parentListed");
    const missing = only(result.findings, "expected_unit_missing").map((f) => f.params.unit);
    expect(missing).toEqual(["Phường Tây Hồ"]);
  });

  test("the caller's own list wins over the parent's", () => {
    const result = consolidateWorkbooks([book("w0")], book("parent"), {
      expectedUnits: [WARDS[0], "Phường Tây Hồ"],
    });
    const missing = only(result.findings, "expected_unit_missing").map((f) => f.params.unit);
    expect(missing).toEqual(["Phường Tây Hồ"]);
  });

  test("a ward's target that is not the share the district gave it", () => {
    const result = run(
      ["w0", "w1", "w2", "offShare", ...[4, 5, 6, 7, 8, 9].map((w) => `w${w}`)],
      "parent",
    );
    const [off] = only(result.findings, "allocated_target_differs");
    expect(off).toMatchObject({ sheet: sheetOf(3), cell: expect.stringMatching(/^I\d+$/) });
    expect(off.params).toMatchObject({
      unit: WARDS[3],
      target: 20,
      allocated: SHARES.XD01[WARDS[3]],
    });
    expect(off.params.allocationSheet).toBe(`Giao CT 2023 - ${PARENT}`);
    expect(
      only(indicator(result, "XD01")?.findings ?? [], "allocated_target_differs"),
    ).toHaveLength(1);
  });

  test("a share that is not a number, and shares that no longer add up", () => {
    const result = run(
      WARDS.map((_, w) => `w${w}`),
      "parentBadShare",
    );
    const [bad] = only(result.findings, "allocation_share_not_number");
    expect(bad).toMatchObject({ sheet: `Giao CT 2023 - ${PARENT}`, cell: "F5" });
    expect(bad.params).toMatchObject({ unit: WARDS[0], value: "mười" });
    const [sum] = only(result.findings, "allocation_parts_differ");
    expect(sum.params).toMatchObject({ total: 180, sum: 180 - Number(SHARES.XD01[WARDS[0]]) });
  });

  test("same label, other unit (no codes): a near miss that is never merged", () => {
    const result = run(["codeless-0", "codeless-1"]);
    const near = only(result.findings, "label_near_miss");
    expect(near).toEqual([
      expect.objectContaining({ sheet: sheetOf(1), cell: expect.stringMatching(/^D\d+$/) }),
    ]);
    expect(near[0].params).toMatchObject({ measure: "nghìn người", expected: "người" });
    const population = result.indicators.find((i) => i.name === "Dân số trung bình");
    expect(population?.actual).toBeUndefined();
    const actuals = population?.sources.filter((s) => s.column === "actual");
    expect(actuals?.map((s) => [s.unit, s.value, s.used])).toEqual([
      [WARDS[0], actualOf(0, "XH01"), true],
      [WARDS[1], 31, false],
    ]);
  });

  test("a % indicator without a rule is never summed", () => {
    const result = run(["noRule-0", "noRule-1", "noRule-2"]);
    const xh20 = indicator(result, "XH20");
    expect(only(result.findings, "rate_without_rule")).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({ indicator: expect.stringMatching(/^XH20/) }),
      }),
    ]);
    expect(xh20).toMatchObject({ status: "invalid" });
    expect(xh20?.actual).toBeUndefined();
  });

  test("vn01: the wide report's yields in tạ/ha are flagged as summed", async () => {
    const snapshot = await folder.open(join(CORPUS, vn01));
    const result = consolidateWorkbooks([snapshot]);
    const summed = only(result.wideFindings, "total_sums_rate");
    expect(summed.length).toBeGreaterThan(0);
    expect(summed.every((f) => /Năng suất/.test(String(f.params.indicator)))).toBe(true);
    expect(only(result.wideFindings, "total_differs")).toEqual([]);
    expect(result.units).toHaveLength(10);
    expect(result.units.map((u) => u.unit)).not.toContain("Toàn huyện");
  }, 60_000);
});
