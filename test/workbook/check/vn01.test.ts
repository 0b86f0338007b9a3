import { findingMessage } from "../../../src/engine/findings/finding";
import { STATUS_LABELS } from "../../../src/engine/model/status";
import { address, parseAddress } from "../../../src/workbook/a1";
import { reportSentence } from "../../../src/engine/report/reportSentence";
import { checkWorkbook, type WorkbookCheck } from "../../../src/workbook/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { openCorpusFile } from "../../support/corpus";

/**
 * vn01 ("Biểu 07", shared/corpus): a district report exported by a reporting system, Toàn
 * huyện and ten communes side by side, 0 typed for blank. Judged as the officer who signs it
 * would: figures counted with openpyxl (/usr/bin/python3) are written here as facts.
 */
describe("vn01 judged as a planning officer reads it", () => {
  let snapshot: WorkbookSnapshot;
  let check: WorkbookCheck;
  beforeAll(async () => {
    snapshot = await openCorpusFile("vn01");
    check = checkWorkbook(snapshot);
  });

  const tables = () => check.sheets.flatMap((s) => s.tables);
  const unit = (name: string) => {
    const found = tables().find((t) => t.table.unit?.includes(name));
    if (!found) throw new Error(`${name} is not a unit of vn01`);
    return found;
  };
  const rules = (cell: string) => check.findings.filter((f) => f.cell === cell).map((f) => f.rule);

  test("the four communes that sent nothing are 'Chưa báo cáo', one finding each, not counted", () => {
    for (const name of ["Ka Đô", "Lạc Lâm", "Pró", "Quảng Lập"]) {
      const { check: plan } = unit(name);
      expect(new Set(plan.results.map((r) => r.status))).toEqual(new Set(["not_reported"]));
      expect(plan.summary.total).toBe(0);
      const said = plan.findings.filter((f) => f.rule === "unit_not_reported");
      expect(said).toHaveLength(1);
      expect(findingMessage(said[0])).toContain(name);
      expect(reportSentence(plan.summary, plan.results)).not.toMatch(/Hoàn thành/);
    }
    // Ka Đô's columns, X8:AB232 in the issue, hold its actuals (Y is KH, Z is ƯTH).
    expect(unit("Ka Đô").check.findings.find((f) => f.rule === "unit_not_reported")?.cell).toMatch(
      /^Z\d+:Z232$/,
    );
  });

  test("no row whose KH 2020 is 0 or blank is Đạt or Vượt, in any unit", () => {
    const sheet = snapshot.sheets[0];
    let zeroTargets = 0;
    for (const { check: plan } of tables()) {
      for (const result of plan.results) {
        const cell = result.indicator.cells.target;
        if (!cell) continue;
        const match = /^([A-Z]+)(\d+)$/.exec(cell);
        const row = Number(match?.[2]) - sheet.origin.row;
        const column = [...(match?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        const value = sheet.values[row]?.[column - sheet.origin.column];
        if (value !== 0 && value !== null && value !== undefined && value !== "") continue;
        zeroTargets += 1;
        expect([result.status, cell]).not.toEqual(["achieved", cell]);
        expect([result.status, cell]).not.toEqual(["exceeded", cell]);
      }
    }
    expect(zeroTargets).toBeGreaterThan(1500);
  });

  test("the district counts the 47 rows whose KH 2020 is above 0, and only them", () => {
    const district = unit("Toàn huyện").check;
    expect(district.summary.total).toBe(47);
    // Đàn Trâu: KH 2020 = 0, ƯTH 2020 = 233: no plan, not "Vượt".
    const buffalo = district.results.find((r) => r.indicator.cells.target === "E196");
    expect(buffalo?.status).toBe("no_target");
  });

  test("D'ran's 22 real targets all have ƯTH 0: 0/22, each with the 'chưa nhập hay bằng 0?' warning", () => {
    const dran = unit("D'ran").check;
    expect(dran.summary.total).toBe(22);
    expect(dran.summary.counts.not_achieved).toBe(22);
    expect(dran.findings.filter((f) => f.rule === "zero_actual")).toHaveLength(22);
    expect(reportSentence(dran.summary, dran.results)).toMatch(/^Hoàn thành 0\/22 chỉ tiêu/);
  });

  test.each(["F207", "E220", "F220", "BD22"])("the unit slip at %s is flagged", (cell) => {
    expect(rules(cell)).toContain("implausible_magnitude");
  });

  test("a slipped figure is not judged: F207 (8.750 in a '1000 con' row) is not 'Vượt 203.488%'", () => {
    const district = unit("Toàn huyện").check;
    const flock = district.results.find((r) => r.indicator.cells.forecast === "F207");
    expect(flock?.status).toBe("invalid");
    expect(flock?.percent).toBeUndefined();
  });

  test("the 22 yields the form summed over communes are flagged by check and not judged", () => {
    const summed = check.findings.filter((f) => f.rule === "total_sums_rate");
    expect(summed).toHaveLength(22);
    expect(summed.map((f) => f.cell)).toContain("E17");
    const district = unit("Toàn huyện").check;
    const corn = district.results.find((r) => r.indicator.cells.target === "E17");
    expect(corn?.status).toBe("invalid");
    expect(corn?.percent).toBeUndefined();
  });

  test("80 columns would print at 1–2 pt fitted to A4: the page setup is left as the form had it", () => {
    expect(check.changes.changes.filter((c) => c.kind === "print")).toEqual([]);
  });

  test("the overall report is the district's: never the district and its communes added", () => {
    const district = unit("Toàn huyện").check;
    expect(check.summary.total).toBe(district.summary.total);
    expect(check.summary.counts).toEqual(district.summary.counts);
    expect(reportSentence(check.summary, check.results)).toBe(
      reportSentence(district.summary, district.results),
    );
  });
});

describe("vn01's written statuses sit on their own rows", () => {
  test("each owned status cell says the status of the indicator on its row", async () => {
    const snapshot = await openCorpusFile("vn01");
    const check = checkWorkbook(snapshot);
    const written = new Map<string, unknown>();
    for (const change of check.changes.changes) {
      if (change.kind !== "values") continue;
      const start = parseAddress(change.anchor);
      if (!start) continue;
      change.rows.forEach((values, r) =>
        values.forEach((value, c) => written.set(address(start.row + r, start.column + c), value)),
      );
    }
    const district = check.sheets[0].tables.find((t) => t.table.group?.isTotal);
    const header = [...written.entries()].find(([, v]) => v === "Đánh giá (Toàn huyện)");
    const column = parseAddress(header?.[0] ?? "")?.column;
    expect(column).toBeDefined();
    let compared = 0;
    for (const result of district?.check.results ?? []) {
      const row = result.indicator.row as number;
      expect([row, written.get(address(row, column as number))]).toEqual([
        row,
        STATUS_LABELS.vi[result.status],
      ]);
      compared += 1;
    }
    expect(compared).toBe(203);
    // The summed yield of row 13 (Năng suất Củ năng) is written as invalid, on row 13.
    expect(written.get(address(13, column as number))).toBe("Số liệu lỗi");
  });
});
