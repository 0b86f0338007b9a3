import type { ImportRefusal, WebRefusedPart } from "../importRefusal";
import { XlsxPackage } from "../xlsx/package";

/**
 * The parts of an .xlsx package that Excel on the web refuses to insert: "In Excel on the web,
 * this API doesn't support inserting charts, comments, PivotTables, or slicers" (the remarks on
 * Workbook.insertWorksheetsFromBase64 in Office.js's reference; the error it gives is
 * "The operation failed because the source contains one or more unsupported features. Features
 * currently unsupported on this platform are Comment, Slicer, Chart, and PivotTable.",
 * OfficeDev/office-js#4518). Notes are stored as comments parts too, and count as comments.
 */
const REFUSED: { part: WebRefusedPart; types: string[]; folders: string[] }[] = [
  {
    part: "charts",
    types: [
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
      "application/vnd.ms-office.chartex+xml",
    ],
    folders: ["xl/charts/", "xl/chartsheets/"],
  },
  {
    part: "comments",
    types: [
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
      "application/vnd.ms-excel.threadedcomments+xml",
    ],
    folders: ["xl/threadedcomments/"],
  },
  {
    part: "pivotTables",
    types: [
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
    ],
    folders: ["xl/pivottables/", "xl/pivotcache/"],
  },
  {
    part: "slicers",
    types: ["application/vnd.ms-excel.slicer+xml", "application/vnd.ms-excel.slicerCache+xml"],
    folders: ["xl/slicers/", "xl/slicercaches/"],
  },
];

/**
 * What in the file Excel on the web would refuse, read from the package's part names and content
 * types (nothing is inflated but [Content_Types].xml). A package the reader can't open is left to
 * Excel, which says what it thinks of it.
 */
export function webRefusedParts(bytes: Uint8Array): WebRefusedPart[] {
  let pkg: XlsxPackage;
  try {
    pkg = XlsxPackage.open(bytes);
  } catch {
    return [];
  }
  const parts = pkg.partNames().map((name) => ({
    name: name.toLowerCase(),
    type: pkg.contentType(name),
  }));
  return REFUSED.filter(({ types, folders }) =>
    parts.some(
      ({ name, type }) =>
        (type !== undefined && types.includes(type)) || folders.some((f) => name.startsWith(f)),
    ),
  ).map(({ part }) => part);
}

/**
 * Why Excel on the web would refuse a file, before it is sent: the parts above, and a file over
 * the request budget (its base64). Undefined when it may go.
 */
export function webImportRefusal(
  bytes: Uint8Array,
  base64Length: number,
  budget: number,
): ImportRefusal | undefined {
  const parts = webRefusedParts(bytes);
  if (parts.length > 0) return { kind: "webParts", parts };
  if (base64Length > budget) return { kind: "tooLarge", bytes: bytes.length, limit: budget };
  return undefined;
}
