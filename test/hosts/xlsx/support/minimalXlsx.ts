import { strToU8, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface MinimalParts {
  /** The <sheetData> contents and anything after it, of sheet1. */
  sheet?: string;
  sharedStrings?: string[];
  /** Leave parts out or replace them (undefined removes). */
  override?: Record<string, string | undefined>;
}

/** A small, valid .xlsx package built by hand, whose parts a test can damage. */
export function minimalXlsx(parts: MinimalParts = {}): Uint8Array {
  const files: Record<string, string | undefined> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${
      parts.sharedStrings
        ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
        : ""
    }</Relationships>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${parts.sheet ?? "<sheetData/>"}</worksheet>`,
  };
  if (parts.sharedStrings) {
    files["xl/sharedStrings.xml"] = `<sst xmlns="${MAIN}">${parts.sharedStrings
      .map((s) => `<si><t>${s}</t></si>`)
      .join("")}</sst>`;
  }
  Object.assign(files, parts.override ?? {});
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files))
    if (text !== undefined) entries[name] = strToU8(text);
  return zipSync(entries);
}
