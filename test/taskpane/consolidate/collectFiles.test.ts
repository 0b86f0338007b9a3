import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { findingMessage } from "../../../src/engine/findings/finding";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { openWorkbook } from "../../../src/hosts/xlsx";
import { collectFiles, type CollectOutcome } from "../../../src/taskpane/consolidate/collectFiles";
import type { PickedFile } from "../../../src/taskpane/consolidate/importFiles";
import { QUAN_7_WARDS } from "../../../src/workbook/demo/demoRoster";
import { readTracker } from "../../../src/workbook/distribute/collect/readTracker";
import { distribute, type Distribution } from "../../../src/workbook/distribute/distribute";
import { IDENTITY_SHEET } from "../../../src/workbook/distribute/identity";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { seedOf } from "./seedOf";
import { StrictExcel } from "../../hosts/office/strictExcel";
import { demoParent } from "../../workbook/distribute/demoParent";
import { typeWithOpenpyxl, writeWard, type Typing } from "../../workbook/distribute/roundTripFiles";
import { fillWard } from "../../workbook/distribute/wardFilling";

/**
 * The pane's collection on real files: Quận 7 gives its ten wards their six months' workbooks
 * (the project's distribute code), the wards type their figures with openpyxl as a clerk would
 * and send them back; the district's clerk picks them in the Tổng hợp tab of the district's
 * workbook, open in (the strict double of) Excel.
 */
const root = mkdtempSync(path.join(tmpdir(), "chitieu-pane-collect-"));
const ISSUED = new Date("2023-06-20T08:00:00Z");
const ward = (name: string) => QUAN_7_WARDS.findIndex((w) => w.name === name);
const HUNG = ward("Phường Tân Hưng");
const LATE = ward("Phường Phú Mỹ");
const BINH_THUAN = ward("Phường Bình Thuận");
const KIENG = ward("Phường Tân Kiểng");

let parent: WorkbookSnapshot;
let given: Distribution;
const sent = new Map<string, Uint8Array>();

const picked = (...names: string[]): PickedFile[] =>
  names.map((name) => {
    const bytes = sent.get(name);
    if (!bytes) throw new Error(`${name} not sent`);
    return { name, bytes };
  });

async function districtInExcel() {
  const excel = new StrictExcel(seedOf(parent));
  for (const bytes of sent.values()) {
    excel.imports.register(bytes, seedOf(await openWorkbook(bytes).then((w) => w.read())));
  }
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    platform: excel.platform,
  });
  return { excel, gateway };
}

async function collect(gateway: OfficeGateway, files: PickedFile[], lang: "vi" | "en" = "vi") {
  const sheetNames = (await gateway.listSheets()).map((s) => s.name);
  return collectFiles(gateway, files, {
    parentSheet: parent.sheets[0].name,
    sheetNames,
    lang,
  });
}

const fileName = (w: number) => given.workbooks[w].fileName;
const row = (outcome: CollectOutcome | undefined, unit: string) => {
  const found = outcome?.tracker.find((r) => r.unit === unit);
  if (!found) throw new Error(`no row for ${unit}`);
  return found;
};

beforeAll(async () => {
  parent = await demoParent();
  given = distribute(parent, { period: "6m", issued: ISSUED });
  const out = path.join(root, "given");
  const typed = path.join(root, "sent");
  mkdirSync(out);
  mkdirSync(typed);
  const typing = (w: number, to: string, saved: string, slipEvery = 0): Typing => ({
    from: path.join(out, given.workbooks[w].fileName),
    to: path.join(typed, to),
    sheet: given.workbooks[w].identity.sheet,
    cells: fillWard(given.workbooks[w], { ward: w, period: "6m", slipEvery, blankEvery: 0 }),
    saved,
  });
  for (const book of given.workbooks) await writeWard(out, book);
  const typings = given.workbooks.flatMap((_, w): Typing[] => {
    if (w === LATE) return [];
    if (w === HUNG) {
      return [
        typing(w, "phuong-tan-hung-lan-1.xlsx", "2023-07-03T02:00:00Z"),
        typing(w, "phuong-tan-hung-ban-sua.xlsx", "2023-07-05T09:30:00Z"),
      ];
    }
    const t = typing(w, fileName(w), "2023-07-04T03:00:00Z", w === KIENG ? 0 : 7);
    if (w === BINH_THUAN) {
      // Through an unprotected copy: a bigger share of revenue than given.
      const kt09 = given.workbooks[w].given.find((g) => g.code === "KT09");
      t.cells[`I${kt09?.row ?? 0}`] = 2000;
    }
    return [t];
  });
  // Tân Kiểng's corrected file, sent a week later.
  typings.push(typing(KIENG, "phuong-tan-kieng-sua.xlsx", "2023-07-11T01:00:00Z", 0));
  typings[typings.length - 1].cells[`E${given.workbooks[KIENG].given[0].row}`] = 1;
  typeWithOpenpyxl(typed, typings);
  for (const t of typings) sent.set(path.basename(t.to), new Uint8Array(readFileSync(t.to)));
}, 300_000);

describe("collecting the wards' returned files in the pane", () => {
  let excel: StrictExcel;
  let gateway: OfficeGateway;
  let first: CollectOutcome | undefined;
  const firstPick = () =>
    picked(
      ...given.workbooks
        .map((_, w) => w)
        .filter((w) => w !== LATE && w !== HUNG)
        .map(fileName),
      "phuong-tan-hung-ban-sua.xlsx",
      "phuong-tan-hung-lan-1.xlsx",
    );

  beforeAll(async () => {
    ({ excel, gateway } = await districtInExcel());
    first = await collect(gateway, firstPick());
  }, 120_000);

  test("ten files, two for one ward: nine report sheets go in, the newer of the two", async () => {
    expect(first?.files).toHaveLength(10);
    const taken = first?.files.filter((f) => f.kind === "taken") ?? [];
    expect(taken).toHaveLength(9);
    expect(first?.inserted).toEqual(
      QUAN_7_WARDS.map((w) => w.name).filter((n) => n !== "Phường Phú Mỹ"),
    );
    expect(first?.files.find((f) => f.file === "phuong-tan-hung-lan-1.xlsx")).toEqual({
      file: "phuong-tan-hung-lan-1.xlsx",
      kind: "left",
      unit: "Phường Tân Hưng",
      why: "superseded",
      replacedBy: "phuong-tan-hung-ban-sua.xlsx",
    });
    const sheets = excel.model.sheets.map((s) => s.name);
    // Neither the identity sheet nor the instructions come in; nothing is renamed.
    expect(sheets).not.toContain(IDENTITY_SHEET);
    expect(sheets).not.toContain("Hướng dẫn");
    expect(sheets.filter((s) => s.endsWith(")"))).toEqual([]);
  });

  test("the findings name the file, and the cell where there is one", () => {
    const findings = first?.findings ?? [];
    const superseded = findings.filter((f) => f.rule === "return_superseded");
    expect(superseded.map((f) => [f.params.file, f.params.newer])).toEqual([
      ["phuong-tan-hung-lan-1.xlsx", "phuong-tan-hung-ban-sua.xlsx"],
    ]);
    const changed = findings.filter((f) => f.rule === "return_target_changed");
    const kt09 = given.workbooks[BINH_THUAN].given.find((g) => g.code === "KT09");
    expect(changed.map((f) => [f.params.file, f.sheet, f.cell])).toEqual([
      [fileName(BINH_THUAN), "Phường Bình Thuận", `I${kt09?.row}`],
    ]);
    // The slips on the wards' figures are there, at their sheets in this workbook.
    const slips = findings.filter(
      (f) => f.severity === "error" && f.rule !== "return_target_changed",
    );
    expect(slips.length).toBeGreaterThan(0);
    for (const f of slips) expect(first?.inserted).toContain(f.sheet);
  });

  test("the tracker has a row per ward, the late one not received, written to its sheet", async () => {
    expect(first?.tracker.map((r) => r.unit)).toEqual(QUAN_7_WARDS.map((w) => w.name));
    expect(row(first, "Phường Phú Mỹ").status).toBe("missing");
    expect(row(first, "Phường Tân Hưng")).toMatchObject({
      file: "phuong-tan-hung-ban-sua.xlsx",
      sheet: "Phường Tân Hưng",
      replaced: ["phuong-tan-hung-lan-1.xlsx"],
    });
    expect(row(first, "Phường Tân Kiểng").status).toBe("complete");
    expect(row(first, "Phường Bình Thuận").status).toBe("errors");
    const snapshot = await gateway.read({ sheets: [first?.trackerSheet ?? ""] });
    const cells = snapshot.sheets[0].values.flat();
    expect(first?.trackerSheet).toBe("Theo dõi nộp báo cáo");
    expect(cells).toContain("Đã nhận 9/10 đơn vị");
    expect(cells).toContain("Chưa nộp");
    expect(cells).toContain("Đã thay thế phuong-tan-hung-lan-1.xlsx");
    // What the sheet says is what the pane showed: read back, the same rows.
    expect(readTracker(snapshot.sheets[0])?.rows.map((r) => [r.unit, r.status, r.sheet])).toEqual(
      first?.tracker.map((r) => [r.unit, r.status, r.sheet]),
    );
  });

  test("a corrected file from one ward replaces that ward's sheet only; the tracker says so", async () => {
    const before = await gateway.read({});
    const values = (s: WorkbookSnapshot, name: string) =>
      JSON.stringify(s.sheets.find((x) => x.name === name)?.values);
    const again = await collect(gateway, picked("phuong-tan-kieng-sua.xlsx"));
    const after = await gateway.read({});
    expect(again?.inserted).toEqual(["Phường Tân Kiểng"]);
    expect(again?.replacedSheets).toEqual(["Phường Tân Kiểng"]);
    expect(after.sheets.map((s) => s.name)).toEqual(
      before.sheets
        .map((s) => s.name)
        .filter((n) => n !== "Phường Tân Kiểng" && n !== "Theo dõi nộp báo cáo")
        .concat(["Phường Tân Kiểng", "Theo dõi nộp báo cáo"]),
    );
    for (const w of QUAN_7_WARDS) {
      if (w.name === "Phường Tân Kiểng" || w.name === "Phường Phú Mỹ") continue;
      expect(values(after, w.name)).toBe(values(before, w.name));
    }
    expect(values(after, "Phường Tân Kiểng")).not.toBe(values(before, "Phường Tân Kiểng"));
    // Every ward taken before is still received; Tân Kiểng's row names the file it replaced.
    expect(again?.tracker.filter((r) => r.status !== "missing")).toHaveLength(9);
    expect(row(again, "Phường Tân Kiểng")).toMatchObject({
      file: "phuong-tan-kieng-sua.xlsx",
      replaced: [fileName(KIENG)],
    });
    expect(row(again, "Phường Tân Hưng").replaced).toEqual(["phuong-tan-hung-lan-1.xlsx"]);
    expect(again?.trackerSheet).toBe("Theo dõi nộp báo cáo");
  });

  test("an older file picked again is named and left out: the newer one stays", async () => {
    const sheets = (await gateway.listSheets()).map((s) => s.name);
    const older = await collect(gateway, picked("phuong-tan-hung-lan-1.xlsx"));
    expect(older?.inserted).toEqual([]);
    expect(older?.files).toEqual([
      expect.objectContaining({
        kind: "left",
        why: "superseded",
        replacedBy: "phuong-tan-hung-ban-sua.xlsx",
      }),
    ]);
    expect((await gateway.listSheets()).map((s) => s.name)).toEqual(sheets);
    expect(row(older, "Phường Tân Hưng").file).toBe("phuong-tan-hung-ban-sua.xlsx");
  });
});

describe("progress", () => {
  test("each picked file read, then each taken file's sheet inserted, is told as it happens", async () => {
    const { excel, gateway } = await districtInExcel();
    const files = picked(
      fileName(KIENG),
      "phuong-tan-hung-lan-1.xlsx",
      "phuong-tan-hung-ban-sua.xlsx",
      fileName(BINH_THUAN),
    );
    const told: string[] = [];
    const sheetNames = (await gateway.listSheets()).map((s) => s.name);
    const outcome = await collectFiles(gateway, files, {
      parentSheet: parent.sheets[0].name,
      sheetNames,
      lang: "vi",
      onProgress: ({ step, done, total }) => {
        // What is in the workbook when the pane is told: the sheets inserted so far.
        const inserted = excel.model.sheets.length - sheetNames.length;
        told.push(`${step} ${done}/${total} (${inserted} in)`);
      },
    });
    expect(outcome?.inserted).toHaveLength(3);
    expect(told).toEqual([
      "reading 1/4 (0 in)",
      "reading 2/4 (0 in)",
      "reading 3/4 (0 in)",
      "reading 4/4 (0 in)",
      "inserting 1/3 (1 in)",
      "inserting 2/3 (2 in)",
      "inserting 3/3 (3 in)",
    ]);
  });
});

describe("in the English UI", () => {
  test("the tracker is “Submissions” and the findings are in English", async () => {
    const { gateway } = await districtInExcel();
    const outcome = await collect(
      gateway,
      picked("phuong-tan-hung-lan-1.xlsx", "phuong-tan-hung-ban-sua.xlsx"),
      "en",
    );
    expect(outcome?.trackerSheet).toBe("Submissions");
    const snapshot = await gateway.read({ sheets: ["Submissions"] });
    expect(snapshot.sheets[0].values.flat()).toContain("Received 1/10");
    const [superseded] = outcome?.findings.filter((f) => f.rule === "return_superseded") ?? [];
    expect(findingMessage(superseded, "en")).toContain("only the newest is consolidated");
  });
});

describe("files that carry no identity", () => {
  test("are left to the plain import", async () => {
    const { gateway } = await districtInExcel();
    const plain = {
      name: "ke-hoach.xlsx",
      bytes: new Uint8Array(readFileSync(path.join(root, "given", fileName(0)))),
    };
    // A distributed file does carry one: it is collected.
    expect(await collect(gateway, [plain])).toBeDefined();
    const { createWorkbook } = await import("../../../src/hosts/xlsx");
    const book = createWorkbook();
    await book.apply({ changes: [{ kind: "addSheet", sheet: "KH 2023 - Phường 1" }] });
    expect(
      await collect(gateway, [{ name: "phuong-1.xlsx", bytes: await book.toBuffer() }]),
    ).toBeUndefined();
  });
});
