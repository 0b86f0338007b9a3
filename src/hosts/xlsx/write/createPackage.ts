import { minimalStylesXml } from "./styleSheet";
import type { PackageParts } from "./packageParts";

const encoder = new TextEncoder();
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/**
 * A new workbook as a minimal package with no sheets yet: content types, relationships, an
 * empty workbook part and a style sheet. Templates, consolidation output and the demo add their
 * sheets with a change set through applyChangeSetToPackage, the writer that edits users' files.
 */
export function createPackage(): PackageParts {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      DECLARATION +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
      `</Types>`,
    "_rels/.rels":
      DECLARATION +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
      `</Relationships>`,
    "docProps/app.xml":
      DECLARATION +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
      `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Application>Microsoft Excel</Application>` +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
      `<vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts>` +
      `</Properties>`,
    "xl/workbook.xml":
      DECLARATION +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
      `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
      `<sheets/><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels":
      DECLARATION +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `</Relationships>`,
    "xl/styles.xml": minimalStylesXml(),
  };
  return new Map(Object.entries(parts).map(([name, text]) => [name, encoder.encode(text)]));
}
