import { createWorkbook } from "../../../src/hosts/xlsx";
import { address } from "../../../src/workbook/a1";
import { changeSet, type ChangeSet } from "../../../src/workbook/changeSet";
import { collectReturns } from "../../../src/workbook/distribute/collect/collectReturns";
import { inspectReturn } from "../../../src/workbook/distribute/collect/returnedFile";
import { distribute, type Distribution } from "../../../src/workbook/distribute/distribute";
import { IDENTITY_SHEET } from "../../../src/workbook/distribute/identity";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { demoParent, demoParentBook } from "./demoParent";

const ISSUED = new Date("2023-06-20T08:00:00Z");

async function written(changes: ChangeSet, extra: ChangeSet = changeSet()) {
  const book = createWorkbook();
  await book.apply(changes);
  await book.apply(extra);
  return book.read();
}

let parent: WorkbookSnapshot;
let given: Distribution;

beforeAll(async () => {
  parent = await demoParent();
  given = distribute(parent, { period: "6m", issued: ISSUED });
}, 60_000);

const returned = async (w: number, name?: string, extra?: ChangeSet) =>
  inspectReturn(
    name ?? given.workbooks[w].fileName,
    await written(given.workbooks[w].changes, extra),
  ).returned;

describe("each file is known by what it carries", () => {
  test("a plan changed since the files were given: a warning naming what changed", async () => {
    const book = await demoParentBook();
    const plan = (await book.read()).sheets[0];
    const table = readPlanSheet(plan).tables[0];
    const row = table.rows.find((r) => r.cells.code?.value === "KT13");
    const at = address(row?.row ?? 0, table.columns.target ?? 0);
    await book.apply(
      changeSet([{ kind: "values", sheet: plan.name, anchor: at, rows: [["ít nhất 98%"]] }]),
    );
    const later = await book.read();
    const collected = collectReturns([await returned(0)], later);
    const [older] = collected.settlement.findings.filter((f) => f.rule === "return_older_plan");
    expect(older.params.codes).toBe("KT13");
    expect(older.params.issued).toBe("20/6/2023");
    expect(collected.accepted).toEqual([0]);
    // Against the plan it was given from: no warning.
    const same = collectReturns([await returned(0)], parent);
    expect(same.settlement.findings.filter((f) => f.rule === "return_older_plan")).toEqual([]);
  });

  test("a file another parent gave is left out", async () => {
    const quan9 = distribute(parent, { period: "6m", issued: ISSUED, units: ["Phường 1"] });
    const book = createWorkbook();
    await book.apply(quan9.workbooks[0].changes);
    // Its identity says another parent.
    const snapshot = await book.read();
    const identity = snapshot.sheets.find((s) => s.name === IDENTITY_SHEET);
    const values = identity?.values.map((r) => r.map((v) => (v === "Quận 7" ? "Quận 9" : v)));
    const other = inspectReturn("quan-9.xlsx", {
      ...snapshot,
      sheets: snapshot.sheets.map((s) => (s === identity && values ? { ...s, values } : s)),
    }).returned;
    const collected = collectReturns([other, await returned(1)], parent);
    expect(collected.accepted).toEqual([1]);
    const [rule] = collected.settlement.findings.map((f) => f.rule);
    expect(rule).toBe("return_other_parent");
  });

  test("a sub-unit the parent does not list is left out", async () => {
    const stranger = distribute(parent, { period: "6m", issued: ISSUED, units: ["Phường 99"] });
    const file = inspectReturn(
      "phuong-99.xlsx",
      await written(stranger.workbooks[0].changes),
    ).returned;
    const collected = collectReturns([file], parent);
    expect(collected.accepted).toEqual([]);
    expect(collected.settlement.findings[0].rule).toBe("return_unexpected_unit");
    expect(collected.tracker.every((r) => r.status === "missing")).toBe(true);
  });

  test("only the properties left: read, with a warning that the targets cannot be checked", async () => {
    const full = await written(given.workbooks[2].changes);
    const bare = { ...full, sheets: full.sheets.filter((s) => s.name !== IDENTITY_SHEET) };
    const file = inspectReturn("phuong-binh-thuan.xlsx", bare).returned;
    expect(file.identity?.unit).toBe("Phường Bình Thuận");
    expect(file.identityFrom).toBe("properties");
    const collected = collectReturns([file], parent);
    expect(collected.settlement.findings.map((f) => f.rule)).toContain(
      "return_identity_from_properties",
    );
    expect(collected.accepted).toEqual([0]);
  });

  test("without a parent: the identities say who is expected, nothing is left out for it", async () => {
    const files = [await returned(0), await returned(3)];
    const collected = collectReturns(files);
    expect(collected.settlement.expected).toEqual(["Phường Tân Phong", "Phường Tân Thuận Đông"]);
    expect(collected.settlement.parent).toBe("Quận 7");
    expect(collected.settlement.period).toBe("6m");
    expect(collected.accepted).toEqual([0, 1]);
    expect(collected.tracker.map((r) => r.status)).toEqual(["incomplete", "incomplete"]);
  });

  test("the title's unit edited: consolidated as the identity says, with a warning at its cell", async () => {
    const sheet = given.workbooks[4].identity.sheet;
    const edit = changeSet([
      { kind: "values", sheet, anchor: "A3", rows: [["Đơn vị: Phường Tân Kiểng"]] },
    ]);
    const file = await returned(4, undefined, edit);
    const collected = collectReturns([file], parent);
    const [retitled] = collected.settlement.findings.filter(
      (f) => f.rule === "return_unit_retitled",
    );
    expect(retitled).toMatchObject({ sheet, cell: "A3", params: { unit: "Phường Tân Thuận Tây" } });
    expect(collected.tracker.find((r) => r.file)?.unit).toBe("Phường Tân Thuận Tây");
  });
});

describe("two files for one sub-unit", () => {
  const twice = async (first?: string, second?: string) => {
    const a = { ...(await returned(0, "phuong-a-lan-1.xlsx")), savedAt: first };
    const b = { ...(await returned(0, "phuong-a-ban-sua.xlsx")), savedAt: second };
    return collectReturns([a, b], parent).settlement.findings.filter((f) =>
      ["return_superseded", "returns_saved_together"].includes(f.rule),
    );
  };

  test("saved at different times: the newer stands, whatever the order given", async () => {
    const [found] = await twice("2023-07-12T09:30:00Z", "2023-07-10T08:00:00Z");
    expect(found.rule).toBe("return_superseded");
    expect(found.params).toMatchObject({
      file: "phuong-a-ban-sua.xlsx",
      newer: "phuong-a-lan-1.xlsx",
    });
  });

  test.each([
    ["the same second", "2023-07-10T08:00:00Z", "2023-07-10T08:00:00Z"],
    ["no time at all", undefined, undefined],
  ])(
    "saved at %s: the later given stands, and a warning says neither is known newer",
    async (_what, a, b) => {
      const [found] = await twice(a, b);
      expect(found).toMatchObject({
        rule: "returns_saved_together",
        severity: "warning",
        params: { file: "phuong-a-lan-1.xlsx", newer: "phuong-a-ban-sua.xlsx" },
      });
    },
  );
});
