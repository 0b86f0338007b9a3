import { finding } from "../findings/finding";
import { cellAddress } from "./cellAddress";
import { columnParams, type FigureColumn } from "./columnLabels";
import { lowerFirst } from "./lowerFirst";
import type { RawBudgetTable } from "./rawBudget";
import { numberIn, type WorkLine } from "./workLine";

/** A figure this many times its reference is a unit slip: triệu typed as tỷ đồng is 1,000×. */
const SLIP_RATIO = 500;
/**
 * A part this many times the line it belongs to: a part is at most its whole, so a small part
 * typed 1,000 times too large is already far above it (a digit typo gives 10×).
 */
const PART_RATIO = 50;
const SLIP_FACTOR = 1000;

const AMOUNTS = ["estimate", "actual", "lastYear"] as const satisfies readonly FigureColumn[];
type Amount = (typeof AMOUNTS)[number];

interface Reference {
  other: string;
  otherEn: string;
  otherValue: number;
}

/** A positive amount in the table's unit; undefined for other units and non-positive figures. */
function scaled(line: WorkLine, column: Amount): number | undefined {
  const value = numberIn(line, column);
  if (value === undefined || value <= 0 || line.foreignUnit) return undefined;
  return value * line.scale;
}

class SlipFinder {
  constructor(
    private readonly lines: WorkLine[],
    private readonly table: RawBudgetTable,
  ) {}

  flag(line: WorkLine, column: Amount, ratio: number, reference: Reference): void {
    if (line.corrected[column] !== undefined) return;
    const value = numberIn(line, column) ?? 0;
    line.corrected[column] = value / SLIP_FACTOR;
    const params = {
      name: line.label,
      ...columnParams(this.table, column),
      value,
      ratio: Math.round(ratio),
      ...reference,
      corrected: value / SLIP_FACTOR,
    };
    const where = { sheet: this.table.sheet, cell: cellAddress(this.table, line.raw, column) };
    line.findings.push(finding("budget_thousand_slip", params, where));
  }

  /** A line far above the line it is part of, or a parent far above all its parts. */
  againstParent(line: WorkLine, column: Amount): void {
    const value = scaled(line, column);
    if (value === undefined) return;
    const parent = line.parent === undefined ? undefined : this.lines[line.parent];
    const parentValue = parent && scaled(parent, column);
    const fits = parentValue !== undefined && value / SLIP_FACTOR <= parentValue * (1 + 1e-9);
    if (parent && parentValue !== undefined && fits && value >= PART_RATIO * parentValue) {
      const reference = {
        other: `dòng trên “${parent.label}”`,
        otherEn: `the line above, “${parent.label}”,`,
      };
      this.flag(line, column, value / parentValue, {
        ...reference,
        otherValue: numberIn(parent, column) ?? 0,
      });
    }
    const parts = line.parts.map((i) => scaled(this.lines[i], column));
    if (parts.length === 0 || parts.some((part) => part === undefined)) return;
    const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (value >= SLIP_RATIO * sum) {
      const reference = {
        other: "tổng các dòng con",
        otherEn: "the sum of its sub-lines",
        otherValue: sum,
      };
      this.flag(line, column, value / sum, reference);
    }
  }

  /** A line about 1,000 times every one of its (at least two) sibling lines. */
  againstSiblings(group: readonly WorkLine[], column: Amount): void {
    const values = group.map((line) => scaled(line, column));
    group.forEach((line, n) => {
      const value = values[n];
      const others = values.filter((_, m) => m !== n);
      if (value === undefined || others.length < 2 || others.some((o) => o === undefined)) return;
      const largest = Math.max(...(others as number[]));
      if (value < SLIP_RATIO * largest) return;
      const reference = {
        other: "số lớn nhất của các dòng cùng cấp",
        otherEn: "the largest of its sibling lines",
        otherValue: largest,
      };
      this.flag(line, column, value / largest, reference);
    });
  }

  /** The actual far above the line's estimate or last year's figure; estimate against last year. */
  withinLine(line: WorkLine): void {
    const pairs: Array<[Amount, Amount]> = [
      ["actual", "estimate"],
      ["actual", "lastYear"],
      ["estimate", "lastYear"],
      ["lastYear", "estimate"],
    ];
    for (const [column, base] of pairs) {
      const value = numberIn(line, column);
      const reference = numberIn(line, base);
      if (value === undefined || reference === undefined || value <= 0 || reference <= 0) continue;
      if (value < SLIP_RATIO * reference || this.explained(line, column)) continue;
      const names = columnParams(this.table, base);
      const other = {
        other: lowerFirst(names.column),
        otherEn: `the ${names.columnEn}`,
        otherValue: reference,
      };
      this.flag(line, column, value / reference, other);
    }
  }

  /** Whether a slip found in the line or below it already accounts for the figure. */
  explained(line: WorkLine, column: Amount): boolean {
    if (line.corrected[column] !== undefined) return true;
    return line.parts.some((i) => this.explained(this.lines[i], column));
  }
}

function siblingGroups(lines: readonly WorkLine[]): WorkLine[][] {
  const groups = new Map<string, WorkLine[]>();
  for (const line of lines) {
    if (line.isTotal || line.memo) continue;
    const key = line.parent === undefined ? `top:${line.section ?? ""}` : `in:${line.parent}`;
    const group = groups.get(key) ?? [];
    group.push(line);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Figures about 1,000 times the line they belong to, their sibling lines, their estimate or
 * last year's figure: triệu typed into a tỷ đồng column. Records the corrected amounts so the
 * sum checks do not report the same slip again.
 */
export function checkSlips(lines: WorkLine[], table: RawBudgetTable): void {
  const finder = new SlipFinder(lines, table);
  for (const column of AMOUNTS) {
    for (const line of lines) finder.againstParent(line, column);
    for (const group of siblingGroups(lines)) finder.againstSiblings(group, column);
  }
  // Lines below first, so a parent whose figure includes a slipped part is not flagged too.
  for (const line of [...lines].reverse()) finder.withinLine(line);
}
