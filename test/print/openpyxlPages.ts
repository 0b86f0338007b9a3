/**
 * A saved workbook's page setup and title block as openpyxl reads them (Debian's
 * python3-openpyxl at /usr/bin/python3): a reader we did not write, so a test of the page setup
 * is not the writer checking itself. Without it the tests fail and say so, never skip.
 */
import { execFileSync } from "node:child_process";

export interface CellFacts {
  value: string | number | boolean | null;
  bold: boolean;
  size: number | null;
  horizontal: string | null;
  numberFormat: string;
}

export interface SheetPage {
  name: string;
  paperSize: number | null;
  orientation: string | null;
  fitToPage: boolean;
  fitToWidth: number | null;
  fitToHeight: number | null;
  /** "$A$2:$I$61" or several joined by commas, sheet names dropped. */
  printArea: string | null;
  printTitleRows: string | null;
  margins: { left: number; right: number };
  merges: string[];
  /** The first rows' cells by address ("A1"), those that hold something. */
  top: Record<string, CellFacts>;
  /** Every number cell's value and format, and every text cell that reads as a plain number. */
  numbers: Array<{ cell: string; value: number; numberFormat: string }>;
  numericTexts: Array<{ cell: string; value: string }>;
  /** The last row holding a value (styled empty rows below it do not count). */
  lastFilledRow: number;
}

const SCRIPT = String.raw`
import json, re, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
top_rows = int(sys.argv[2])
out = []
plain = re.compile(r"^-?\d+([.,]\d+)?$")
for ws in wb.worksheets:
    ps = ws.page_setup
    pr = ws.sheet_properties.pageSetUpPr
    area = ws.print_area
    if isinstance(area, (list, tuple)):
        area = ",".join(area)
    if area:
        area = ",".join(part.split("!")[-1] for part in area.split(","))
    top = {}
    numbers = []
    texts = []
    last = 0
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            last = max(last, c.row)
            if c.row <= top_rows:
                top[c.coordinate] = {
                    "value": c.value if isinstance(c.value, (str, int, float, bool)) else str(c.value),
                    "bold": bool(c.font.b),
                    "size": c.font.sz,
                    "horizontal": c.alignment.horizontal,
                    "numberFormat": c.number_format,
                }
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                numbers.append({"cell": c.coordinate, "value": c.value, "numberFormat": c.number_format})
            elif isinstance(c.value, str) and plain.match(c.value.strip()):
                texts.append({"cell": c.coordinate, "value": c.value})
    out.append({
        "name": ws.title,
        "paperSize": int(ps.paperSize) if ps.paperSize is not None else None,
        "orientation": ps.orientation,
        "fitToPage": bool(pr is not None and pr.fitToPage),
        "fitToWidth": int(ps.fitToWidth) if ps.fitToWidth is not None else None,
        "fitToHeight": int(ps.fitToHeight) if ps.fitToHeight is not None else None,
        "printArea": area or None,
        "printTitleRows": ws.print_title_rows,
        "margins": {"left": ws.page_margins.left, "right": ws.page_margins.right},
        "merges": sorted(str(m) for m in ws.merged_cells.ranges),
        "top": top,
        "numbers": numbers,
        "numericTexts": texts,
        "lastFilledRow": last,
    })
print(json.dumps(out, ensure_ascii=False))
`;

/** Every sheet of the file as openpyxl reads it; `topRows` rows of cells in detail. */
export function openpyxlPages(file: string, topRows = 8): SheetPage[] {
  let text: string;
  try {
    text = execFileSync("/usr/bin/python3", ["-c", SCRIPT, file, String(topRows)], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(
      `openpyxl could not read ${file} (apt-get install python3-openpyxl): ${String(error)}`,
    );
  }
  return JSON.parse(text) as SheetPage[];
}
