import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { SIZE } from "./page";
import { run } from "./text";

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface Column {
  title: string;
  /** Twips. */
  width: number;
  align: Align;
}

/** A row of figures, or a group row ("I. KINH TẾ") spanning the table in bold. */
export type DataRow =
  | {
      cells: string[];
      bold?: boolean;
      /** Left indent (twips) of the name column, for a line's depth in its hierarchy. */
      indent?: number;
      /** The column `indent` applies to (default 1, the name). */
      indentColumn?: number;
    }
  | { group: string };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

function cellText(text: string, align: Align, bold = false, indent = 0): Paragraph {
  return new Paragraph({
    alignment: align,
    ...(indent > 0 ? { indent: { left: indent } } : {}),
    spacing: { before: 0, after: 0 },
    children: [run(text, { size: SIZE.table, bold })],
  });
}

/**
 * A table of the appendix: ruled, 12 pt, its header row shaded and repeated on every page, no
 * row split across pages.
 */
export function dataTable(columns: readonly Column[], rows: readonly DataRow[]): Table {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c) =>
        new TableCell({
          width: { size: c.width, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" },
          children: [cellText(c.title, AlignmentType.CENTER, true)],
        }),
    ),
  });
  const body = rows.map((row) => {
    if ("group" in row) {
      return new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          new TableCell({
            columnSpan: columns.length,
            width: { size: total, type: WidthType.DXA },
            children: [cellText(row.group, AlignmentType.LEFT, true)],
          }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: columns.map(
        (c, i) =>
          new TableCell({
            width: { size: c.width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              cellText(
                row.cells[i] ?? "",
                c.align,
                row.bold === true,
                i === (row.indentColumn ?? 1) ? (row.indent ?? 0) : 0,
              ),
            ],
          }),
      ),
    });
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    borders: BORDERS,
    margins: MARGINS,
    rows: [header, ...body],
  });
}
