import { spawnSync } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(__dirname, "../../bin/chitieu.js");
const CORPUS = path.resolve(__dirname, "../../../shared/corpus");

function chitieu(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
}

describe("the chitieu program", () => {
  test("check --json prints only the JSON document on stdout and exits 0", () => {
    const run = chitieu(
      "check",
      path.join(CORPUS, "vn03_ktxh_bieumau_nhaplieu_excel2016.xlsx"),
      "--json",
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      summary: { total: number; counts: Record<string, number> };
      sheets: unknown[];
    };
    // Xã Thuận Hạnh's "Kế hoạch năm" is blank: seven rows with no plan, none judged.
    expect(report.summary.total).toBe(0);
    expect(report.summary.counts.no_target).toBe(7);
  });

  test("--strict exits 1 when the check finds errors", () => {
    const run = chitieu(
      "check",
      path.join(CORPUS, "vn01_ktxh_bieu07_chitieu_TH_KH_UTH_2020.xlsx"),
      "--strict",
    );
    expect(run.status).toBe(1);
  });

  test("an old .xls exits 2 with one line", () => {
    const run = chitieu("check", path.join(CORPUS, "vn10_bki_A350_bao_cao_giai_ngan_2014.xls"));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
  });
});
