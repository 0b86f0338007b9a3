import type { Language } from "../../engine/model/status";
import { unitName } from "../read/unitName";
import { LINE_POINTS, linesFor } from "./rowFit";
import type { SheetDraft } from "./sheetDraft";

/**
 * The heading of a Vietnamese office's form, as the corpus's forms lay it out (vn06, vn07: the
 * issuing body's name top left in capitals, the title centred in bold capitals across the
 * table, lines under it in italics, "Đơn vị tính" at the right above the table).
 */
export interface TitleBlock {
  /** The unit whose paper it is ("Quận 7"): "ỦY BAN NHÂN DÂN" over "QUẬN 7", top left. */
  unit?: string;
  /** "KẾ HOẠCH …", "BÁO CÁO …": centred in capitals across the table. */
  title: string;
  /** Lines under the title, centred in italics ("Kỳ báo cáo: Cả năm"). */
  subtitles?: readonly string[];
  /** Left of the line above the table: a key/value line the reader reads back ("Đơn vị: …"). */
  lineLeft?: string;
  /** "Đơn vị tính: tỷ đồng", right-aligned at the end of the line above the table. */
  measure?: string;
  /** An empty row between the authority and the title (templates keep their rows: none). */
  gap?: boolean;
  /** The widths of the table's columns (characters): the block spans them. */
  widths: readonly number[];
  lang: Language;
}

/** The rows the block took. */
export interface TitleBlockRows {
  first: number;
  authority?: number;
  title: number;
  /** The line above the table ("Đơn vị tính"), when there is one. */
  line?: number;
  last: number;
}

const COMMITTEE: Record<Language, string> = {
  vi: "ỦY BAN NHÂN DÂN",
  en: "PEOPLE'S COMMITTEE",
};

/** "Quận 7" → "ỦY BAN NHÂN DÂN\nQUẬN 7"; "UBND phường Tân Phong" → "…\nPHƯỜNG TÂN PHONG". */
export function authorityText(unit: string, lang: Language): string {
  return `${COMMITTEE[lang]}\n${unitName(unit).toLocaleUpperCase("vi")}`;
}

/** Characters of 11-point text a 14-point bold title character takes. */
const TITLE_SCALE = 1.4;
const TITLE_LINE_POINTS = 21;

/** The first columns whose widths hold `chars` characters (all of them if none does). */
function columnsFor(widths: readonly number[], chars: number): number {
  let sum = 0;
  for (let i = 0; i < widths.length; i += 1) {
    sum += widths[i];
    if (sum >= chars) return i + 1;
  }
  return Math.max(1, widths.length);
}

/** The last columns whose widths hold `chars` characters, as the first of them. */
function lastColumnsFor(widths: readonly number[], chars: number, notBefore: number): number {
  let sum = 0;
  for (let i = widths.length - 1; i >= notBefore - 1; i -= 1) {
    sum += widths[i];
    if (sum >= chars) return i + 1;
  }
  return notBefore;
}

/**
 * Appends the title block to a new sheet: the authority top left (two lines, bold, centred over
 * the first columns), an empty row if asked, the title centred across the table (wrapped and its row made
 * tall enough when it is long), the subtitles, and the line above the table.
 */
export function titleBlock(draft: SheetDraft, block: TitleBlock): TitleBlockRows {
  const width = Math.max(1, block.widths.length);
  const total = block.widths.reduce((a, b) => a + b, 0);
  const first = draft.nextRow;
  let authority: number | undefined;
  if (block.unit !== undefined && block.unit.trim() !== "") {
    const text = authorityText(block.unit, block.lang);
    const longest = Math.max(...text.split("\n").map((l) => l.length));
    const left = columnsFor(block.widths, Math.ceil(longest * 1.2) + 4);
    authority = draft.addRow([text]);
    if (left > 1) draft.merge(authority, 1, left);
    draft.style(authority, 1, authority, left, {
      bold: true,
      horizontal: "center",
      vertical: "top",
      wrap: true,
    });
    // Without the empty row under it, a taller row keeps the title off the committee's name.
    draft.heights({ [authority]: 2 * LINE_POINTS + (block.gap ? 2 : 10) });
    if (block.gap) draft.addRow([]);
  }
  const title = draft.addRow([block.title]);
  if (width > 1) draft.merge(title, 1, width);
  draft.style(title, 1, title, width, {
    bold: true,
    fontSize: 14,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  });
  const titleLines = linesFor(block.title, total / TITLE_SCALE);
  draft.heights({ [title]: Math.max(1, titleLines) * TITLE_LINE_POINTS });
  for (const subtitle of block.subtitles ?? []) {
    const row = draft.addRow([subtitle]);
    if (width > 1) draft.merge(row, 1, width);
    draft.style(row, 1, row, width, { italic: true, horizontal: "center", wrap: true });
    const lines = linesFor(subtitle, total);
    if (lines > 1) draft.heights({ [row]: lines * LINE_POINTS });
  }
  let line: number | undefined;
  if (block.lineLeft !== undefined || block.measure !== undefined) {
    const cells: Array<string | null> = Array<string | null>(width).fill(null);
    const leftColumns = block.lineLeft
      ? columnsFor(block.widths, Math.ceil(block.lineLeft.length * 1.1) + 1)
      : 0;
    let measureColumn = width;
    if (block.lineLeft) cells[0] = block.lineLeft;
    if (block.measure) {
      measureColumn = lastColumnsFor(
        block.widths,
        Math.ceil(block.measure.length * 1.1) + 1,
        Math.min(width, leftColumns + 1),
      );
      cells[measureColumn - 1] = block.measure;
    }
    line = draft.addRow(cells);
    if (block.lineLeft) draft.style(line, 1, line, 1, { italic: true });
    if (block.measure) {
      if (measureColumn < width) draft.merge(line, measureColumn, width);
      draft.style(line, measureColumn, line, width, { italic: true, horizontal: "right" });
    }
  }
  return {
    first,
    ...(authority === undefined ? {} : { authority }),
    title,
    ...(line === undefined ? {} : { line }),
    last: draft.nextRow - 1,
  };
}
