import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ITableBordersOptions,
} from "docx";
import type { Language } from "../../engine/model/status";
import { CONTENT_WIDTH, SIZE, mm } from "./page";
import { centred, line } from "./text";

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
export const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** The short rule drawn under a name: a bottom border on an empty line, indented to its width. */
function rule(cellWidth: number, ruleWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 0, line: 120 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

/** Visible blanks for what a clerk fills in by hand. */
export const BLANK = {
  number: "……",
  day: "……",
  name: "……………………………",
} as const;

export interface IssuerHeading {
  /** "Quận 7"; undefined leaves a blank to fill. */
  unit?: string;
  /** The year the report is dated in; undefined leaves a blank. */
  year?: number;
  /** Symbol of the document kind and body: "BC-UBND". */
  symbol: string;
  lang: Language;
}

/** "ỦY BAN NHÂN DÂN" and the unit in capitals, as the issuing body is written. */
export function issuerLines(unit: string | undefined): string[] {
  return ["ỦY BAN NHÂN DÂN", unit ? unit.toLocaleUpperCase("vi") : BLANK.name];
}

/**
 * The head of the document, a table without borders: the issuing body with its number top left,
 * the national title and motto with place and date top right (Decree 30, Appendix I, parts 1–5).
 * It stays in Vietnamese whatever the language: these are the state's formulas.
 */
export function documentHeading(heading: IssuerHeading): Table {
  const left = mm(58);
  const right = CONTENT_WIDTH - left;
  const [body, unit] = issuerLines(heading.unit);
  const year = heading.year === undefined ? "20…" : String(heading.year);
  const place = heading.unit ?? BLANK.name;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(left, [
            centred(body, { bold: true, size: SIZE.title }),
            centred(unit, { bold: true, size: SIZE.title }),
            rule(left, mm(20)),
            centred(`Số: ${BLANK.number}/${heading.symbol}`, { size: SIZE.title, before: 120 }),
          ]),
          cell(right, [
            centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: SIZE.title }),
            centred("Độc lập - Tự do - Hạnh phúc", {
              bold: true,
              underline: true,
              size: SIZE.body,
            }),
            line(`${place}, ngày ${BLANK.day} tháng ${BLANK.day} năm ${year}`, {
              italics: true,
              size: SIZE.title,
              align: AlignmentType.CENTER,
              before: 240,
              after: 0,
            }),
          ]),
        ],
      }),
    ],
  });
}

/** "BÁO CÁO" and its summary line, centred in bold (parts 5b and 6). */
export function documentTitle(summary: string): Paragraph[] {
  return [
    centred("BÁO CÁO", { bold: true, before: 360 }),
    centred(summary, { bold: true, after: 0 }),
    rule(CONTENT_WIDTH, mm(30)),
    line("", { after: 120 }),
  ];
}
