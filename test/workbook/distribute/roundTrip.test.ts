import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { PeriodId } from "../../../src/engine/model/period";
import { STATUS_LABELS, type StatusId } from "../../../src/engine/model/status";
import { checkPlanTable } from "../../../src/workbook/check/checkPlanTable";
import { QUAN_7_WARDS } from "../../../src/workbook/demo/demoRoster";
import type { TrackerRow } from "../../../src/workbook/distribute/collect/tracker";
import { inspectReturn } from "../../../src/workbook/distribute/collect/returnedFile";
import { distribute } from "../../../src/workbook/distribute/distribute";
import { IDENTITY_SHEET, readIdentity } from "../../../src/workbook/distribute/identity";
import type { WardWorkbook } from "../../../src/workbook/distribute/wardWorkbook";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { valueAt } from "../../../src/workbook/sheetGrid";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { DiskIo } from "../../cli/memoryIo";
import { saveWithLibreOffice, snapshotOf, typeWithOpenpyxl, type Typing } from "./roundTripFiles";
import { fillWard, type Filling } from "./wardFilling";

/**
 * Issue 14's proof, on real files. The demo's district (Quận 7) distributes its targets to its
 * ten wards with `chitieu distribute`, for six months and for the year. Each ward types its
 * figures with openpyxl as a clerk would — some wrong, one ward late, one sending twice, one
 * changing a locked target through an unprotected copy, one sending last year's-end file, one
 * sending its file under another ward's name, one losing the identity sheet — and saves it with
 * LibreOffice, which computes the formulas. Every "Đánh giá" LibreOffice computed is compared
 * with the engine's status for the same figures; then `chitieu consolidate` collects them.
 */
const root = mkdtempSync(path.join(tmpdir(), "chitieu-roundtrip-"));
const io = new DiskIo();
const ISSUED = "2023-06-20T08:00:00.000Z";
const ward = (name: string) => QUAN_7_WARDS.findIndex((w) => w.name === name);

interface Period {
  folder: string;
  books: WardWorkbook[];
  sent: string;
}
const periods: Partial<Record<PeriodId, Period>> = {};
let parentFile: string;
let parent: WorkbookSnapshot;

/** Distributes with the command line; the same workbooks again in memory, for their layout. */
async function distributed(period: PeriodId): Promise<Period> {
  const folder = path.join(root, period);
  mkdirSync(folder);
  const run = await io.run("distribute", parentFile, "--out", folder, "--period", period);
  expect(run.code).toBe(0);
  const books = distribute(parent, { period, issued: new Date(ISSUED) }).workbooks;
  expect(readdirSync(folder).sort()).toEqual(books.map((b) => b.fileName).sort());
  return { folder, books, sent: path.join(folder, "sent") };
}

function typing(p: Period, w: number, cells: Filling, to?: string): Typing {
  const book = p.books[w];
  return {
    from: path.join(p.folder, book.fileName),
    to: path.join(p.folder, "typed", to ?? book.fileName),
    sheet: book.identity.sheet,
    cells,
  };
}

const given = (p: Period, w: number, code: string) => {
  const g = p.books[w].given.find((x) => x.code === code);
  if (!g) throw new Error(`${code} not given to ward ${w}`);
  return g;
};

beforeAll(async () => {
  const demo = path.join(root, "demo");
  mkdirSync(demo);
  expect((await io.run("demo", "--out", demo)).code).toBe(0);
  parentFile = path.join(demo, "quan-7-ke-hoach-2023.xlsx");
  parent = await snapshotOf(parentFile);

  // Year end: every ward sends its file, figures with a few slips.
  const year = await distributed("year");
  mkdirSync(path.join(year.folder, "typed"));
  typeWithOpenpyxl(
    year.folder,
    year.books.map((_, w) =>
      typing(
        year,
        w,
        fillWard(year.books[w], { ward: w, period: "year", slipEvery: 7, blankEvery: 13 }),
      ),
    ),
  );
  saveWithLibreOffice(
    year.books.map((b) => path.join(year.folder, "typed", b.fileName)),
    year.sent,
    root,
  );
  periods.year = year;

  // Six months: the collection's story.
  const six = await distributed("6m");
  mkdirSync(path.join(six.folder, "typed"));
  const fill = (w: number, slipEvery: number, blankEvery: number) =>
    fillWard(six.books[w], { ward: w, period: "6m", slipEvery, blankEvery });
  const hung = ward("Phường Tân Hưng");
  const binhThuan = ward("Phường Bình Thuận");
  const tay = ward("Phường Tân Thuận Tây");
  const late = ward("Phường Phú Mỹ");
  // Saved on different days, as a clerk's first try and correction are: one openpyxl run
  // would otherwise stamp both with the same second, and neither would be known as newer.
  const firstTry = {
    ...typing(six, hung, fill(hung, 0, 3), "phuong-tan-hung-6-thang-2023-lan-1.xlsx"),
    saved: "2023-07-10T08:00:00Z",
  };
  const typings = six.books.flatMap((_, w): Typing[] => {
    if (w === late || w === ward("Phường Tân Thuận Đông")) return [];
    if (w === hung) {
      const corrected = typing(six, w, fill(w, 0, 0), "phuong-tan-hung-6-thang-2023-ban-sua.xlsx");
      return [{ ...corrected, saved: "2023-07-12T09:30:00Z" }];
    }
    if (w === ward("Phường Tân Kiểng")) return [typing(six, w, fill(w, 0, 0))];
    if (w === ward("Phường Tân Quy")) return [typing(six, w, fill(w, 0, 4))];
    if (w === tay) return [typing(six, w, fill(w, 0, 0), "phuong-tan-kieng-bao-cao.xlsx")];
    if (w === binhThuan) {
      // Through an unprotected copy: a bigger share of revenue, a smaller poverty cut.
      const cells = fill(w, 0, 0);
      cells[`I${given(six, w, "KT09").row}`] = 2000;
      cells[`I${given(six, w, "XH06").row}`] = "giảm 10 hộ";
      return [typing(six, w, cells)];
    }
    return [typing(six, w, fill(w, 7, 11))];
  });
  // Tân Hưng's first try is saved first, its corrected file later.
  typeWithOpenpyxl(six.folder, [firstTry, ...typings]);
  // Tân Phú's clerk copies the sheet out: the identity sheet is lost.
  const tanPhu = typings.find((t) => t.to.includes("phuong-tan-phu-"));
  if (!tanPhu) throw new Error("Tân Phú's file");
  dropSheet(tanPhu.to, IDENTITY_SHEET);
  saveWithLibreOffice([firstTry.to], six.sent, root);
  saveWithLibreOffice(
    typings.map((t) => t.to),
    six.sent,
    root,
  );
  // Tân Thuận Đông sends its year-end file instead of the six months'.
  const dong = year.books[ward("Phường Tân Thuận Đông")].fileName;
  copyFileSync(path.join(year.sent, dong), path.join(six.sent, dong));
  periods["6m"] = six;
}, 1_200_000);

function dropSheet(file: string, sheet: string): void {
  const script = [
    "import sys, openpyxl",
    "wb = openpyxl.load_workbook(sys.argv[1])",
    "del wb[sys.argv[2]]",
    "wb.save(sys.argv[1])",
  ].join("\n");
  execFileSync("/usr/bin/python3", ["-c", script, file, sheet]);
}

describe.each(["6m", "year"] as PeriodId[])("%s: the formulas LibreOffice computed", (period) => {
  test("every Đánh giá is the engine's status for the same figures", async () => {
    const p = periods[period];
    if (!p) throw new Error("not distributed");
    const wrong: string[] = [];
    const seen = new Set<StatusId>();
    let rows = 0;
    for (const file of readdirSync(p.sent).sort()) {
      // As the collection reads it: a locked target changed in an unprotected copy is judged
      // as given, as the formulas (which carry the targets given) judge it.
      const snapshot = inspectReturn(file, await snapshotOf(path.join(p.sent, file))).snapshot;
      for (const sheet of snapshot.sheets) {
        if (sheet.name === IDENTITY_SHEET) continue;
        for (const table of readPlanSheet(sheet).tables) {
          // The file's own period: Tân Thuận Đông's year-end file among the six months'.
          const check = checkPlanTable(table, { period: table.period ?? "year" });
          const column = table.ownedColumns.status ?? 0;
          for (const result of check.results) {
            const row = result.indicator.row ?? 0;
            const formula = valueAt(sheet, row, column);
            rows += 1;
            seen.add(result.status);
            if (formula !== STATUS_LABELS.vi[result.status]) {
              wrong.push(`${file} row ${row}: formula ${String(formula)}, engine ${result.status}`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    console.log(`${period}: ${rows} formula statuses equal the engine's (${[...seen].join(", ")})`);
    expect(rows).toBeGreaterThan(400);
    const judged: StatusId[] =
      period === "year"
        ? ["exceeded", "achieved", "not_achieved", "missing", "invalid", "no_target"]
        : ["on_track", "at_risk", "lagging", "achieved", "not_achieved", "missing", "invalid"];
    for (const s of judged) expect(seen).toContain(s);
  });

  test("the identity survives LibreOffice: the sheet (hidden now) and its fingerprint", async () => {
    const p = periods[period];
    if (!p) throw new Error("not distributed");
    const book = p.books[0];
    const snapshot = await snapshotOf(path.join(p.sent, book.fileName));
    const read = readIdentity(snapshot);
    expect(read?.identity).toEqual({ ...book.identity, issued: read?.identity.issued });
    expect(read?.selfConsistent).toBe(true);
    expect(snapshot.sheets.find((s) => s.name === IDENTITY_SHEET)?.visibility).toBe("hidden");
    expect(snapshot.savedAt).toBeDefined();
  });
});

describe("six months: chitieu consolidate collects what came back", () => {
  let json: {
    submissions: TrackerRow[];
    findings: Array<{ rule: string; sheet: string | null; cell: string | null; message: string }>;
    units: string[];
    period: string;
  };
  let out: string;

  beforeAll(async () => {
    const p = periods["6m"];
    if (!p) throw new Error("not distributed");
    const files = readdirSync(p.sent)
      .sort()
      .reverse()
      .map((f) => path.join(p.sent, f));
    out = path.join(root, "tong-hop-6-thang.xlsx");
    const run = await io.run(
      ...["consolidate", ...files, "--plan", parentFile, "--out", out, "--json"],
    );
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    json = JSON.parse(run.out);
  }, 300_000);

  const row = (unit: string) => {
    const r = json.submissions.find((s) => s.unit === unit);
    if (!r) throw new Error(`${unit} not tracked`);
    return r;
  };
  const rules = (rule: string) => json.findings.filter((f) => f.rule === rule);

  test("one tracker row per ward of the allocation sheet, in its order", () => {
    expect(json.submissions.map((s) => s.unit)).toEqual(QUAN_7_WARDS.map((w) => w.name));
    expect(json.period).toBe("6m");
  });

  test("statuses: complete, incomplete, with errors, not received", () => {
    const statuses = Object.fromEntries(json.submissions.map((s) => [s.unit, s.status]));
    expect(statuses).toEqual({
      "Phường Tân Phong": "errors",
      "Phường Tân Hưng": "complete",
      "Phường Bình Thuận": "errors",
      "Phường Tân Thuận Đông": "missing",
      "Phường Tân Thuận Tây": "complete",
      "Phường Tân Kiểng": "complete",
      "Phường Tân Quy": "incomplete",
      "Phường Phú Thuận": "errors",
      "Phường Tân Phú": "errors",
      "Phường Phú Mỹ": "missing",
    });
    expect(row("Phường Tân Quy").filled).toBeLessThan(row("Phường Tân Quy").total ?? 0);
    expect(row("Phường Tân Kiểng").filled).toBe(row("Phường Tân Kiểng").total);
  });

  test("sent twice: the newest by the time it was saved stands, the other is named", () => {
    const hung = row("Phường Tân Hưng");
    expect(hung.file).toBe("phuong-tan-hung-6-thang-2023-ban-sua.xlsx");
    expect(hung.replaced).toEqual(["phuong-tan-hung-6-thang-2023-lan-1.xlsx"]);
    const [superseded] = rules("return_superseded");
    expect(superseded.message).toContain("phuong-tan-hung-6-thang-2023-lan-1.xlsx");
    expect(superseded.message).toContain("phuong-tan-hung-6-thang-2023-ban-sua.xlsx");
  });

  test("a changed locked target: a finding at its cell, the target given is consolidated", () => {
    const p = periods["6m"];
    const b = ward("Phường Bình Thuận");
    const changed = rules("return_target_changed");
    expect(changed.map((f) => [f.sheet, f.cell])).toEqual([
      ["Phường Bình Thuận", `I${p ? given(p, b, "KT09").row : 0}`],
      ["Phường Bình Thuận", `I${p ? given(p, b, "XH06").row : 0}`],
    ]);
    expect(changed[0].message).toContain("953,1");
    expect(changed[0].message).toContain("2.000");
    expect(changed[1].message).toContain("“giảm 10 hộ”");
    expect(rules("allocation_mismatch").concat(rules("allocated_target_differs"))).toEqual([]);
  });

  test("another period's file is left out, at its period cell", () => {
    const [other] = rules("return_other_period");
    expect(other.message).toContain("phuong-tan-thuan-dong-ca-nam-2023.xlsx");
    expect(other.cell).toBe("A4");
    expect(row("Phường Tân Thuận Đông").rejected).toEqual([
      { file: "phuong-tan-thuan-dong-ca-nam-2023.xlsx", why: "other_period" },
    ]);
  });

  test("a file under another ward's name is known by what it carries", () => {
    const [named] = rules("return_named_for_other");
    expect(named.message).toContain("phuong-tan-kieng-bao-cao.xlsx");
    expect(row("Phường Tân Thuận Tây").file).toBe("phuong-tan-kieng-bao-cao.xlsx");
    expect(row("Phường Tân Kiểng").file).toBe("phuong-tan-kieng-6-thang-2023.xlsx");
  });

  test("a file that lost its identity is read by the unit its title names", () => {
    expect(rules("return_without_identity").map((f) => f.message)).toEqual([
      expect.stringContaining("phuong-tan-phu-6-thang-2023.xlsx"),
    ]);
    expect(row("Phường Tân Phú").file).toBe("phuong-tan-phu-6-thang-2023.xlsx");
  });

  test("the late ward and the one whose file was left out are missing", () => {
    expect(row("Phường Phú Mỹ").file).toBeUndefined();
    const missing = rules("expected_unit_missing")
      .map((f) => f.message)
      .join("\n");
    expect(missing).toContain("Phường Phú Mỹ");
    expect(missing).toContain("Phường Tân Thuận Đông");
    expect(json.units).not.toContain("Phường Phú Mỹ");
  });

  test("a corrected file replaces that ward's figures only", async () => {
    const p = periods["6m"];
    if (!p) throw new Error("not distributed");
    const withoutCorrection = readdirSync(p.sent)
      .filter((f) => !f.includes("ban-sua"))
      .map((f) => path.join(p.sent, f));
    const before = path.join(root, "truoc-khi-sua.xlsx");
    const run = await io.run(
      ...["consolidate", ...withoutCorrection, "--plan", parentFile, "--out", before],
    );
    expect(run.code).toBe(0);
    const sources = async (file: string) => {
      const snapshot = await snapshotOf(file);
      const sheet = snapshot.sheets.find((s) => s.name === "Nguồn");
      const rows = (sheet?.values ?? []).filter((r) => typeof r[2] === "string");
      return (unit: string) => rows.filter((r) => r[2] === unit).map((r) => JSON.stringify(r));
    };
    const [earlier, later] = [await sources(before), await sources(out)];
    expect(earlier("Phường Tân Phong").length).toBeGreaterThan(40);
    for (const w of QUAN_7_WARDS) {
      if (w.name === "Phường Tân Hưng") continue;
      expect(later(w.name)).toEqual(earlier(w.name));
    }
    expect(later("Phường Tân Hưng")).not.toEqual(earlier("Phường Tân Hưng"));
    // The first try left every third row blank; the correction has them all.
    expect(later("Phường Tân Hưng").length).toBeGreaterThan(earlier("Phường Tân Hưng").length);
    // Bình Thuận's changed revenue target is consolidated as given.
    const kt09 = later("Phường Bình Thuận").filter((r) => r.startsWith('["KT09"'));
    expect(kt09.some((r) => r.includes("953.1"))).toBe(true);
    expect(kt09.some((r) => r.includes("2000"))).toBe(false);
  }, 300_000);

  test("the tracker sheet is in the output workbook, coloured as the statuses", async () => {
    const snapshot = await snapshotOf(out);
    const sheet = snapshot.sheets.find((s) => s.name === "Theo dõi nộp báo cáo");
    expect(sheet).toBeDefined();
    const cells = (sheet?.values ?? []).flat();
    expect(cells).toContain("Đã nộp đủ");
    expect(cells).toContain("Chưa nộp");
    expect(cells).toContain("Đã nhận 8/10 đơn vị");
  });
});
