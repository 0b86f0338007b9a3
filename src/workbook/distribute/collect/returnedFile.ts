import { finding, type Finding } from "../../../engine/findings/finding";
import { isYearEnd, type PeriodId } from "../../../engine/model/period";
import { cellText } from "../../../engine/read/cellText";
import { address } from "../../a1";
import type { WriteValue } from "../../changeSet";
import { periodCell } from "../../consolidate/periodCell";
import { readUnitTables, type UnitTables } from "../../consolidate/unitTables";
import type { PlanRow } from "../../planTable";
import type { ReadPlanTable } from "../../read/readPlanTable";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import { valueAt } from "../../sheetGrid";
import {
  IDENTITY_SHEET,
  readIdentity,
  type DistributionIdentity,
  type GivenTarget,
  type IdentitySource,
} from "../identity";

/** What one returned file carries and says, read once; the snapshot to consolidate, trimmed. */
export interface ReturnedFile {
  /** The file's name as given (for messages). */
  file: string;
  /** When it was last saved, as the file says (ISO 8601), where it says. */
  savedAt?: string;
  identity?: DistributionIdentity;
  identityFrom?: IdentitySource;
  given: GivenTarget[];
  /** The unit and period the report sheet's title states, and where. */
  stated: {
    unit?: string;
    period?: PeriodId;
    year?: number;
    unitCell?: string;
    periodCell?: string;
  };
  /** The sheet consolidation reads for this file's unit (distributed files). */
  sheet?: string;
  /** This file's own findings: changed targets, removed rows, a lost identity sheet. */
  findings: Finding[];
  /** Indicators with a figure (or a state) for the period, out of how many. */
  filled: number;
  total: number;
  /** The sheets consolidated from it: its findings are the file's. */
  sheets: string[];
}

export interface Inspected {
  returned: ReturnedFile;
  /**
   * What is consolidated: a distributed file's report sheet alone, each target as it was given
   * (a changed one put back); any other file as it came.
   */
  snapshot: WorkbookSnapshot;
  /** That snapshot's plan tables, read once (readUnitTables), for the consolidation. */
  units: UnitTables;
}

const WHAT: Record<"code" | "target" | "targetMax" | "baseline", [string, string]> = {
  code: ["Mã", "The code"],
  target: ["Kế hoạch", "The target"],
  targetMax: ["Kế hoạch tối đa", "The target's maximum"],
  baseline: ["Số thực hiện năm trước", "Last year's figure"],
};

function same(a: CellValue | undefined, b: WriteValue): boolean {
  const blank = (v: unknown) =>
    v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  if (blank(a) && blank(b)) return true;
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return false;
}

/** A figure stays a number (messages write it in the reader's style); text as typed. */
function shown(value: CellValue | WriteValue | undefined): string | number {
  if (value === null || value === undefined) return "(trống)";
  if (typeof value === "object") return String(value.error);
  if (typeof value === "number") return value;
  return `“${String(value)}”`;
}

/** A copy of the sheet with some cells set: the snapshot given to consolidation, not the file. */
function withCells(sheet: SheetSnapshot, cells: ReadonlyArray<[number, number, WriteValue]>) {
  if (cells.length === 0) return sheet;
  const values = sheet.values.map((row) => row);
  for (const [row, column, value] of cells) {
    const r = row - sheet.origin.row;
    const c = column - sheet.origin.column;
    if (r < 0 || c < 0) continue;
    const line = [...(values[r] ?? [])];
    while (line.length <= c) line.push(null);
    line[c] = value;
    values[r] = line;
  }
  return { ...sheet, values };
}

interface TargetCheck {
  findings: Finding[];
  restore: Array<[number, number, WriteValue]>;
}

/** Each given target against the cell it was given in (found by its code, else its row). */
function checkGiven(
  file: string,
  sheet: SheetSnapshot,
  table: ReadPlanTable,
  given: readonly GivenTarget[],
): TargetCheck {
  const byCode = new Map<string, PlanRow>();
  for (const row of table.rows) {
    const code = cellText(row.cells.code);
    if (code !== "" && !byCode.has(code)) byCode.set(code, row);
  }
  const out: TargetCheck = { findings: [], restore: [] };
  for (const g of given) {
    const row = g.code ? byCode.get(g.code) : table.rows.find((r) => r.row === g.row);
    if (!row) {
      const params = { file, code: g.code ?? "", name: g.name };
      out.findings.push(finding("return_row_missing", params, { sheet: sheet.name }));
      continue;
    }
    const columns = (["target", "targetMax", "baseline"] as const).filter(
      // Last year's figure is compared only where it was given (else the unit typed it).
      (c) => c !== "baseline" || g.baseline !== null,
    );
    for (const column of columns) {
      const at = table.columns[column];
      if (at === undefined) continue;
      const typed = valueAt(sheet, row.row, at);
      if (same(typed, g[column])) continue;
      const params = {
        file,
        what: WHAT[column][0],
        whatEn: WHAT[column][1],
        name: g.name,
        given: shown(g[column]),
        typed: shown(typed),
      };
      const where = { sheet: sheet.name, cell: address(row.row, at) };
      out.findings.push(finding("return_target_changed", params, where));
      out.restore.push([row.row, at, g[column]]);
    }
  }
  return out;
}

/** Rows with a figure (or a state) to judge for the period: the actual, or the estimate at year end. */
function filledRows(table: ReadPlanTable, period: PeriodId): number {
  const typed = (row: PlanRow, column: "actual" | "forecast") => cellText(row.cells[column]) !== "";
  return table.rows.filter(
    (row) => typed(row, "actual") || (isYearEnd(period) && typed(row, "forecast")),
  ).length;
}

/**
 * Reads what a returned file carries: whom it was given to (readIdentity), when it was saved,
 * what its report sheet states, whether the targets given are still there as given (a changed
 * one is a finding at its cell, and is put back for the consolidation only), and how complete
 * and clean its figures are.
 */
export function inspectReturn(file: string, snapshot: WorkbookSnapshot, book = 0): Inspected {
  const read = readIdentity(snapshot);
  const findings: Finding[] = [];
  const identity = read?.identity;
  const sheet = identity
    ? (snapshot.sheets.find((s) => s.name === identity.sheet) ??
      snapshot.sheets.find((s) => s.name !== IDENTITY_SHEET && s.visibility === "visible"))
    : undefined;
  const kept: WorkbookSnapshot = sheet
    ? { sheets: [sheet], ...(snapshot.activeSheet ? { activeSheet: snapshot.activeSheet } : {}) }
    : snapshot;
  const withoutIdentity = {
    ...kept,
    sheets: kept.sheets.filter((s) => s.name !== IDENTITY_SHEET),
  };
  let units = readUnitTables(withoutIdentity, book);
  const tables = units.tables.flatMap(({ table }) => {
    const on = withoutIdentity.sheets.find((s) => s.name === table.sheet);
    return on ? [{ sheet: on, table }] : [];
  });
  const first = tables[0];
  let consolidated = kept;
  if (read && read.from === "properties") {
    findings.push(finding("return_identity_from_properties", { file }, {}));
  }
  if (read && sheet && first && first.sheet === sheet && read.given.length > 0) {
    const check = checkGiven(file, sheet, first.table, read.given);
    findings.push(...check.findings);
    if (check.restore.length > 0) {
      consolidated = { ...kept, sheets: [withCells(sheet, check.restore)] };
      units = readUnitTables(consolidated, book);
    }
  }
  const period = identity?.period ?? first?.table.period ?? "year";
  let filled = 0;
  let total = 0;
  for (const { table } of tables) {
    filled += filledRows(table, period);
    total += table.rows.length;
  }
  const stated = first
    ? {
        ...(first.table.unit === undefined ? {} : { unit: first.table.unit }),
        ...(first.table.period === undefined ? {} : { period: first.table.period }),
        ...(first.table.year === undefined ? {} : { year: first.table.year }),
        ...(periodCellOf(first.sheet, first.table) ?? {}),
      }
    : {};
  const returned: ReturnedFile = {
    file,
    ...(snapshot.savedAt === undefined ? {} : { savedAt: snapshot.savedAt }),
    ...(identity ? { identity, identityFrom: read?.from ?? "sheet" } : {}),
    given: read?.given ?? [],
    stated,
    ...(sheet ? { sheet: sheet.name } : {}),
    findings,
    filled,
    total,
    sheets: kept.sheets.filter((x) => x.name !== IDENTITY_SHEET).map((x) => x.name),
  };
  return { returned, snapshot: consolidated, units };
}

/** The cells above the table that state its unit and its period. */
function periodCellOf(sheet: SheetSnapshot, table: ReadPlanTable) {
  const out: { unitCell?: string; periodCell?: string } = {};
  const cell = periodCell(sheet, table);
  if (cell !== undefined) out.periodCell = cell;
  const unit = table.unit;
  if (unit !== undefined) {
    const top = table.headerRows[0];
    for (let row = top - 1; row >= Math.max(1, top - 12) && !out.unitCell; row--) {
      for (let column = 1; column <= 3; column++) {
        const text = valueAt(sheet, row, column);
        if (typeof text === "string" && text.includes(unit) && /:/.test(text)) {
          out.unitCell = address(row, column);
          break;
        }
      }
    }
  }
  return out;
}
