import type { BudgetTableKind } from "./rawBudget";
import type { WorkLine } from "./workLine";

type Mode = "codes" | "indent" | "flat";

function modeOf(lines: readonly WorkLine[]): Mode {
  if (lines.some((line) => line.code !== undefined)) return "codes";
  const indents = new Set(lines.filter((l) => !l.isTotal).map((line) => line.raw.indent ?? 0));
  return indents.size > 1 ? "indent" : "flat";
}

interface Open {
  index: number;
  rank: number;
}

/** A line's level: its code's rank, or its indentation; undefined for an unnumbered line. */
function rankOf(line: WorkLine, mode: Mode): number | undefined {
  if (mode === "codes") return line.code?.rank;
  if (mode === "indent") return line.raw.indent ?? 0;
  return 0;
}

/**
 * Levels of all lines; a code that follows no numbering takes the deeper of its neighbours'
 * levels ("x1" between "II" and "2" sits beside "2").
 */
function ranksOf(lines: readonly WorkLine[], mode: Mode): Array<number | undefined> {
  const ranks = lines.map((line) => (line.isTotal ? undefined : rankOf(line, mode)));
  const known = (i: number) => !lines[i].unknownCode && ranks[i] !== undefined;
  return ranks.map((rank, i) => {
    if (mode !== "codes" || !lines[i].unknownCode) return rank;
    let before: number | undefined;
    for (let j = i - 1; j >= 0 && before === undefined; j -= 1) if (known(j)) before = ranks[j];
    let after: number | undefined;
    for (let j = i + 1; j < lines.length && after === undefined; j += 1)
      if (known(j)) after = ranks[j];
    return Math.max(before ?? 0, after ?? 0);
  });
}

function link(lines: WorkLine[], child: number, parent: number | undefined): void {
  if (parent === undefined) return;
  lines[child].parent = parent;
  if (!lines[child].memo) lines[parent].parts.push(child);
}

/** Each line's parent from codes (A > I > 1 > 1.1 > a), or indentation, or none. */
function nest(lines: WorkLine[], mode: Mode): void {
  const stack: Open[] = [];
  const ranks = ranksOf(lines, mode);
  lines.forEach((line, index) => {
    if (line.isTotal) return;
    const rank = ranks[index];
    if (rank === undefined && !line.memoHeading) {
      // An unnumbered line in a coded table: a detail shown under the line above, not summed.
      line.memo = true;
      link(lines, index, stack[stack.length - 1]?.index);
      return;
    }
    const top = stack[stack.length - 1];
    const level = rank ?? (top ? top.rank + 0.5 : -0.5);
    while (stack.length > 0 && stack[stack.length - 1].rank >= level) stack.pop();
    link(lines, index, stack[stack.length - 1]?.index);
    stack.push({ index, rank: level });
  });
}

/**
 * The top lines a total row adds up: those after it when it heads its run of lines, else
 * those since the previous total ("Cộng" under each group).
 */
function coverTotals(lines: WorkLine[]): void {
  const totals = lines.flatMap((line, index) => (line.isTotal ? [index] : []));
  const isTop = (line: WorkLine) => !line.isTotal && line.parent === undefined && !line.memo;
  totals.forEach((total, n) => {
    const previous = n > 0 ? totals[n - 1] : -1;
    const next = n + 1 < totals.length ? totals[n + 1] : lines.length;
    const before = range(previous + 1, total).filter((i) => isTop(lines[i]));
    const after = range(total + 1, next).filter((i) => isTop(lines[i]));
    lines[total].parts = before.length > 0 ? before : after;
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function setDepths(lines: WorkLine[]): void {
  for (const line of lines) {
    let depth = 0;
    for (let p = line.parent; p !== undefined; p = lines[p].parent) depth += 1;
    line.depth = depth;
  }
}

/**
 * Resolves the hierarchy in place: parents and depths from the codes (or numbered labels), else
 * from indentation; what each total row covers. A flat breakdown's first line is its total.
 */
export function resolveHierarchy(lines: WorkLine[], kind: BudgetTableKind): void {
  const mode = modeOf(lines);
  if (kind === "breakdown" && mode === "flat" && !lines.some((line) => line.isTotal)) {
    const first = lines.findIndex((line) => !line.caption);
    if (first >= 0) lines[first].isTotal = true;
  }
  nest(lines, mode);
  coverTotals(lines);
  setDepths(lines);
}
