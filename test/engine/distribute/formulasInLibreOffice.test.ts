import { checkPlan } from "../../../src/engine/check/checkPlan";
import { compileTable, reportedFormula, rowProfiles } from "../../../src/engine/distribute";
import type { RawCell } from "../../../src/engine/model/cell";
import type { PeriodId } from "../../../src/engine/model/period";
import { STATUS_LABELS, type Language } from "../../../src/engine/model/status";
import type { RawIndicatorRow } from "../../../src/engine/read/rawRow";
import {
  recalcWithLibreOffice,
  type SheetSpec,
  type SpecValue,
} from "../../support/libreOfficeRecalc";
import { rawRow } from "../support/rawRows";
import { SEED_TARGETS, type PlanCells } from "./seedTargets";

/** What a sub-unit types in one cell: a value, or an Excel error made by a formula. */
type Entry = number | string | boolean | null | { error: "#DIV/0!" };

const FIRST_ROW = 3;
const REPORTED = "$B$1";

/** A figure as a clerk types it: ten significant digits at most. */
function typed(value: number): number {
  return Number(value.toPrecision(10));
}

/** The figures worth trying against a plan: every level the engine judges at, and beside it. */
function figuresFor(cells: PlanCells): number[] {
  const [row] = rowProfiles([rawRow(FIRST_ROW, cells)]);
  const levels: number[] = [0, -5, 150, 1];
  for (const profile of [row.profile, row.asFigure]) {
    const goal = profile?.goal;
    if (profile?.slipAnchor !== undefined) {
      const a = profile.slipAnchor;
      levels.push(a * 100, a * 99.9, a / 100, a / 99.9);
    }
    if (!goal) continue;
    const paces = [1, 0.25, 0.5, 0.75].map((f) => goal.meet * f);
    const edges = paces.map((p) => (goal.lowerIsBetter ? p + p * 0.1 : p - p * 0.1));
    levels.push(goal.meet, ...(goal.exceedBeyond === undefined ? [] : [goal.exceedBeyond]));
    levels.push(...paces, ...edges);
  }
  const out = new Set<number>();
  for (const level of levels) {
    for (const f of [1, 0.999, 1.001, 0.95, 1.05]) out.add(typed(level * f));
  }
  return [...out];
}

const TEXTS: Entry[] = [
  "Hoàn thành",
  " HOÀN THÀNH ",
  "đang thực hiện",
  "Chưa hoàn thành",
  "đã hoàn thành",
  "Đạt",
  "đang tổng hợp",
  "-",
  "   ",
  true,
  { error: "#DIV/0!" },
];

/** Actual and estimate pairs for one plan row. */
function entriesFor(cells: PlanCells): Array<[Entry, Entry]> {
  const figures = figuresFor(cells);
  const out: Array<[Entry, Entry]> = [[null, null]];
  for (const v of figures) out.push([v, null], [null, v]);
  for (const t of TEXTS) out.push([t, null], [null, t]);
  const some = figures[figures.length - 1];
  out.push(["Hoàn thành", some], [some, "Đang thực hiện"], [some, -3], ["đang tổng hợp", some]);
  return out;
}

function entryCell(entry: Entry): RawCell["value"] {
  return entry;
}

function specValue(entry: Entry): SpecValue {
  if (entry !== null && typeof entry === "object") return "=1/0";
  return entry;
}

interface Case {
  label: string;
  row: number;
  actual: Entry;
  forecast: Entry;
  /** Last year's figure as the sub-unit typed it, when the plan left it to them. */
  baseline?: Entry;
}

interface Built {
  spec: SheetSpec;
  rows: RawIndicatorRow[];
  cases: Case[];
}

/** One sheet: every seed target with every entry pair, formulas compiled for `period`. */
function buildSheet(
  name: string,
  period: PeriodId,
  lang: Language,
  entriesOf: (cells: PlanCells) => Array<[Entry, Entry]>,
  typedBaseline = false,
): Built {
  const planRows: RawIndicatorRow[] = [];
  const rows: RawIndicatorRow[] = [];
  const cases: Case[] = [];
  let r = FIRST_ROW;
  for (const seed of typedBaseline ? CHANGE_TARGETS : SEED_TARGETS) {
    const { baseline: given, ...plan } = seed.cells;
    const seedBaseline = typeof given === "number" ? given : null;
    const baselines: Entry[] = typedBaseline ? [seedBaseline, ...ODD_BASELINES] : [seedBaseline];
    for (const baseline of baselines) {
      for (const [actual, forecast] of entriesOf(seed.cells)) {
        planRows.push(rawRow(r, typedBaseline ? plan : seed.cells));
        const typed = { actual: entryCell(actual), forecast: entryCell(forecast) };
        const lastYear = typedBaseline ? { baseline: entryCell(baseline) } : { baseline: given };
        rows.push(rawRow(r, { ...plan, ...lastYear, ...typed }));
        cases.push({
          label: seed.label,
          row: r,
          actual,
          forecast,
          ...(typedBaseline ? { baseline } : {}),
        });
        r += 1;
      }
    }
  }
  const last = r - 1;
  const compiled = compileTable(
    planRows,
    planRows.map((p) => ({
      actual: `K${p.row}`,
      forecast: `L${p.row}`,
      status: `O${p.row}`,
      ...(typedBaseline ? { baseline: `H${p.row}` } : {}),
    })),
    { period, lang, reported: REPORTED },
  );
  const cells: Record<string, SpecValue> = {
    A1: "reported",
    B1: reportedFormula([`K${FIRST_ROW}:L${last}`]),
  };
  rows.forEach((row, i) => {
    for (const cell of Object.values(row.cells)) {
      if (!cell?.address || cell.value === null) continue;
      const c = cases[i];
      const column = cell.address.replace(/\d+$/, "");
      if (column === "K") cells[cell.address] = specValue(c.actual);
      else if (column === "L") cells[cell.address] = specValue(c.forecast);
      else if (column === "H" && "baseline" in c)
        cells[cell.address] = specValue(c.baseline ?? null);
      else cells[cell.address] = cell.value as SpecValue;
    }
    cells[`N${row.row}`] = compiled[i].percent;
    cells[`O${row.row}`] = compiled[i].status;
  });
  return { spec: { name, cells }, rows, cases };
}

/** The changes against last year, whose baseline a sub-unit may have to type itself. */
const CHANGE_TARGETS = SEED_TARGETS.filter((s) => /giảm|tăng/.test(String(s.cells.target)));

/** Last year's figure typed oddly: far off, zero, negative, text, an error. */
const ODD_BASELINES: Entry[] = [null, 0, 2, -5, "năm trước", { error: "#DIV/0!" }, 20000];

const SHEETS: Array<{
  name: string;
  period: PeriodId;
  lang: Language;
  silent?: boolean;
  typedBaseline?: boolean;
}> = [
  { name: "q1", period: "q1", lang: "vi" },
  { name: "6m", period: "6m", lang: "vi" },
  { name: "9m", period: "9m", lang: "vi" },
  { name: "year", period: "year", lang: "vi" },
  { name: "year-en", period: "year", lang: "en" },
  { name: "silent-6m", period: "6m", lang: "vi", silent: true },
  { name: "silent-year", period: "year", lang: "vi", silent: true },
  { name: "typed-6m", period: "6m", lang: "vi", typedBaseline: true },
  { name: "typed-year", period: "year", lang: "vi", typedBaseline: true },
];

/** A unit that reported nothing: blanks, zeros and dashes only. */
const SILENT: Array<[Entry, Entry]> = [
  [null, null],
  [0, null],
  [null, "-"],
  ["   ", 0],
];

describe("the status and % KH formulas, recalculated by LibreOffice, agree with checkPlan", () => {
  const built = SHEETS.map((s) =>
    buildSheet(s.name, s.period, s.lang, s.silent ? () => SILENT : entriesFor, s.typedBaseline),
  );
  let values: ReturnType<typeof recalcWithLibreOffice>;

  beforeAll(() => {
    const read = Object.fromEntries(
      built.map((b) => [
        b.spec.name,
        ["B1", ...b.cases.flatMap((c) => [`N${c.row}`, `O${c.row}`])],
      ]),
    );
    values = recalcWithLibreOffice(
      built.map((b) => b.spec),
      read,
    );
  }, 600_000);

  test.each(SHEETS.map((s, i) => [s.name, s, i] as const))(
    "%s: every row's formula status is the engine's",
    (_name, sheet, index) => {
      const { spec, rows, cases } = built[index];
      const check = checkPlan(rows, { period: sheet.period });
      const got = values[spec.name];
      const wrong: string[] = [];
      let percents = 0;
      check.results.forEach((result, i) => {
        const c = cases[i];
        const want = STATUS_LABELS[sheet.lang][result.status];
        const status = got[`O${c.row}`];
        const percent = got[`N${c.row}`];
        const typed = "baseline" in c ? `, last year ${JSON.stringify(c.baseline)}` : "";
        const what = `${c.label}: actual ${JSON.stringify(c.actual)}, estimate ${JSON.stringify(c.forecast)}${typed}`;
        if (status !== want) wrong.push(`row ${c.row} ${what}: formula ${status}, engine ${want}`);
        if (result.percent === undefined) {
          if (percent !== "" && percent !== null) wrong.push(`row ${c.row} ${what}: % ${percent}`);
        } else if (typeof percent !== "number" || Math.abs(percent - result.percent) > 0.05001) {
          wrong.push(`row ${c.row} ${what}: % ${percent}, engine ${result.percent}`);
        } else percents += 1;
      });
      expect(wrong).toEqual([]);
      expect(check.results.length).toBe(cases.length);
      console.log(
        `${sheet.name}: ${cases.length} formula statuses equal checkPlan's (${percents} % KH)`,
      );
      if (sheet.silent) {
        expect(got.B1).toBe(0);
        expect(new Set(check.results.map((r) => r.status))).toEqual(new Set(["not_reported"]));
      } else if (sheet.typedBaseline) {
        const statuses = new Set(check.results.map((r) => r.status));
        const judged =
          sheet.period === "year" ? ["exceeded", "not_achieved"] : ["at_risk", "lagging"];
        for (const s of [...judged, "missing", "invalid"]) {
          expect(statuses).toContain(s);
        }
      } else {
        // Every status the period allows shows up somewhere in the table.
        const statuses = new Set(check.results.map((r) => r.status));
        const expected =
          sheet.period === "year"
            ? ["exceeded", "achieved", "not_achieved", "missing", "invalid", "no_target"]
            : ["exceeded", "achieved", "on_track", "at_risk", "lagging", "not_achieved"];
        for (const s of expected) expect(statuses).toContain(s);
        expect(percents).toBeGreaterThan(100);
      }
    },
  );
});
