import { parseRange, rangeAddress } from "../../workbook/a1";

/**
 * The formats of one cell that the add-in's style changes set, as Range.getCellProperties
 * (ExcelApi 1.9) reports them. Excel reports "No Fill" as "#FFFFFF", like a white fill
 * (OfficeDev/office-js#6218, #4900), so the two count as the same here; a cell without a border
 * reports style "None" on its edges.
 */
export interface SeenFormat {
  fill: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  /** Every edge of the cell has a line. */
  border: boolean;
  /** No edge of the cell has a line. */
  noBorder: boolean;
  horizontal: string;
  vertical: string;
  wrap: boolean;
}

/** Formats by cell, keyed "row,column" (1-based). */
export type FormatsByCell = Map<string, SeenFormat>;

export const cellKey = (row: number, column: number): string => `${row},${column}`;

/**
 * Most cells whose formats one read asks for, all sheets together: at about 250 bytes a cell,
 * 6,000 cells are some 1.5 MB, well inside Excel on the web's 5 MB response with the values.
 */
export const FORMAT_CELL_CAP = 6000;

const QUERY: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true },
    font: { color: true, bold: true, italic: true },
    borders: { style: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

export interface PendingFormats {
  areas: {
    row: number;
    column: number;
    cells: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[];
}

/** Queues the formats of `areas` (A1 ranges on `sheet`), or nothing when they are over the cap. */
export function queueFormats(sheet: Excel.Worksheet, areas: readonly string[]): PendingFormats {
  const refs = areas.flatMap((a) => {
    const ref = parseRange(a);
    return ref ? [ref] : [];
  });
  const size = refs.reduce(
    (n, r) => n + (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1),
    0,
  );
  if (size > FORMAT_CELL_CAP) return { areas: [] };
  return {
    areas: refs.map((ref) => ({
      row: ref.start.row,
      column: ref.start.column,
      cells: sheet.getRange(rangeAddress(ref.start, ref.end)).getCellProperties(QUERY),
    })),
  };
}

export function collectFormats(pending: PendingFormats | undefined): FormatsByCell {
  const formats: FormatsByCell = new Map();
  for (const area of pending?.areas ?? []) {
    area.cells.value.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const seen = toSeenFormat(cell);
        if (seen) formats.set(cellKey(area.row + r, area.column + c), seen);
      }),
    );
  }
  return formats;
}

function toSeenFormat(cell: Excel.CellProperties): SeenFormat | undefined {
  const format = cell.format;
  if (!format?.fill || !format.font || !format.borders) return undefined;
  const edges = [
    format.borders.top,
    format.borders.bottom,
    format.borders.left,
    format.borders.right,
  ];
  const drawn = edges.map((e) => e?.style !== undefined && e.style !== "None");
  return {
    fill: (format.fill.color ?? "#FFFFFF").toUpperCase(),
    fontColor: (format.font.color ?? "#000000").toUpperCase(),
    bold: format.font.bold === true,
    italic: format.font.italic === true,
    border: drawn.every(Boolean),
    noBorder: !drawn.some(Boolean),
    horizontal: format.horizontalAlignment ?? "General",
    vertical: format.verticalAlignment ?? "Bottom",
    wrap: format.wrapText === true,
  };
}
