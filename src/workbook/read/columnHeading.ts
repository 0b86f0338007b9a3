import type { PeriodId } from "../../engine/model/period";
import { address } from "../a1";
import type { SheetGrid } from "./sheetGrid";
import { headerKey } from "./headerKey";
import { matchHeader, type HeaderMatch, type HeaderMatchOf } from "./matchHeader";
import { PERIOD_MARK, periodOfMark } from "./periodPhrase";
import { withoutPlaceholders } from "./templatePlaceholder";

/** One header column: what its stacked header cells say, in some table's vocabulary. */
export interface ColumnHeadingOf<M> {
  column: number;
  /** The header texts from top to bottom, merged cells counted once. */
  texts: string[];
  match?: M;
  /** The header text that gave the role, and its cell (the merged area's first cell). */
  text?: string;
  address?: string;
  /** A stacked text that is not a role: the unit of a wide layout's column group ("Xã A"). */
  group?: string;
  /** The cell of the group's text (the merged area's first cell). */
  groupAddress?: string;
  /** Year or period from a stacked text such as "Năm 2019", "2016-2020" or "6 tháng". */
  year?: number;
  /** The last year when the stacked text names a span ("Giai đoạn 2016-2020"). */
  yearTo?: number;
  period?: PeriodId;
}

export type ColumnHeading = ColumnHeadingOf<HeaderMatch>;

interface Level {
  text: string;
  address: string;
}

/** "Năm 2020", "2020", "6 tháng đầu năm", "Cả năm": a year or period above its columns. */
function yearOrPeriod(
  text: string,
): { year?: number; yearTo?: number; period?: PeriodId } | undefined {
  const key = headerKey(text);
  const year = /^(nam)?((19|20)\d\d)$/.exec(key);
  if (year) return { year: Number(year[2]) };
  const span = /^(giaidoan|thoiky|5nam)?((?:19|20)\d\d)((?:19|20)\d\d)$/.exec(key);
  if (span && Number(span[3]) > Number(span[2])) {
    return { year: Number(span[2]), yearTo: Number(span[3]) };
  }
  const mark = PERIOD_MARK.exec(key);
  if (!mark) return undefined;
  const rest = key.replace(PERIOD_MARK, "").replace(/^(nam)?((19|20)\d\d)?$/, "");
  if (rest !== "") return undefined;
  const y = /(19|20)\d\d/.exec(key);
  return { period: periodOfMark(mark[0]), ...(y ? { year: Number(y[0]) } : {}) };
}

/**
 * An upper header cell left blank beside a text, with its own header below it: the text
 * spans it, as a merge would ("Toàn huyện" typed once over KH | TH | ƯTH).
 */
function spanningText(
  grid: SheetGrid,
  row: number,
  column: number,
  firstColumn: number,
): Level | undefined {
  for (let left = column - 1; left >= firstColumn; left--) {
    if (grid.merges.at(row, left)) return undefined;
    const text = withoutPlaceholders(grid.text(row, left)).trim();
    if (text !== "") return { text, address: address(row, left) };
  }
  return undefined;
}

function levelsOf(
  grid: SheetGrid,
  rows: readonly number[],
  column: number,
  firstColumn: number,
): Level[] {
  const out: Level[] = [];
  rows.forEach((row, i) => {
    let level: Level | undefined;
    const text = withoutPlaceholders(grid.mergedText(row, column)).trim();
    if (text !== "") level = { text, address: grid.mergedAddress(row, column) };
    else if (i < rows.length - 1 && !grid.merges.at(row, column)) {
      const below = rows.slice(i + 1).some((r) => grid.mergedText(r, column) !== "");
      if (below) level = spanningText(grid, row, column, firstColumn);
    }
    if (!level) return;
    const last = out[out.length - 1];
    if (last && last.address === level.address) return;
    out.push(level);
  });
  return out;
}

/**
 * The role of a column whose header spans several rows: the bottom text, then the bottom texts
 * joined ("Kế hoạch" over "Tối đa"), then each text above ("KH 2020" over "Toàn huyện").
 * The stacked texts left over name the column's group, year or period.
 */
export function columnHeadingWith<R>(
  grid: SheetGrid,
  rows: readonly number[],
  column: number,
  firstColumn: number,
  matchText: (text: string) => HeaderMatchOf<R> | undefined,
): ColumnHeadingOf<HeaderMatchOf<R>> {
  const levels = levelsOf(grid, rows, column, firstColumn);
  const heading: ColumnHeadingOf<HeaderMatchOf<R>> = {
    column,
    texts: levels.map((level) => level.text),
  };
  if (levels.length === 0) return heading;
  const last = levels.length - 1;
  const candidates: [number, number][] = [];
  for (let from = last; from >= 0; from--) candidates.push([from, last]);
  for (let at = last - 1; at >= 0; at--) candidates.push([at, at]);
  let used: [number, number] | undefined;
  for (const [from, to] of candidates) {
    const text = levels
      .slice(from, to + 1)
      .map((level) => level.text)
      .join(" ");
    const match = matchText(text);
    if (match) {
      heading.match = match;
      heading.text = text;
      heading.address = levels[to].address;
      used = [from, to];
      break;
    }
  }
  if (!used) return heading;
  const [from, to] = used;
  // The nearest leftover text names the group; years and periods qualify the column instead.
  const others = levels
    .map((level, index) => ({ level, index }))
    .filter(({ index }) => index < from || index > to)
    .sort((a, b) => Math.abs(a.index - from) - Math.abs(b.index - from));
  for (const { level } of others) {
    const when = yearOrPeriod(level.text);
    if (when) {
      if (when.year !== undefined && heading.year === undefined) {
        heading.year = when.year;
        if (when.yearTo !== undefined) heading.yearTo = when.yearTo;
      }
      if (when.period && heading.period === undefined) heading.period = when.period;
      continue;
    }
    if (matchText(level.text)) continue;
    if (heading.group === undefined) {
      heading.group = level.text;
      heading.groupAddress = level.address;
    }
  }
  return heading;
}

/** A plan table's column heading. */
export function columnHeading(
  grid: SheetGrid,
  rows: readonly number[],
  column: number,
  firstColumn: number,
): ColumnHeading {
  return columnHeadingWith(grid, rows, column, firstColumn, matchHeader);
}
