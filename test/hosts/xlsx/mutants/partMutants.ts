import type { Mutant } from "./mutant";
import {
  findPart,
  firstWorksheet,
  textOf,
  withPart,
  zipFiles,
  type PackageFiles,
} from "./packageFiles";
import { addMerge, appendRows, claimDimension, lastRow, numberRow, textRow } from "./sheetXml";

const LAUGHS =
  `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
  `<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">` +
  `<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
const EXTERNAL = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;

/** `doctype` put before the root element (after any XML declaration). */
function withDoctype(xml: string, doctype: string): string {
  const decl = /^\uFEFF?<\?xml[^>]*\?>/.exec(xml);
  return decl ? decl[0] + doctype + xml.slice(decl[0].length) : doctype + xml;
}

/** Vietnamese text of exactly `length` UTF-16 code units. */
function longText(length: number): string {
  const unit = "Chỉ tiêu phát triển kinh tế xã hội ";
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

interface PartEdit {
  name: string;
  damaged: boolean;
  edit: (files: PackageFiles, sheet: string, xml: string) => PackageFiles | undefined;
}

const sheetEdit =
  (change: (xml: string) => string) => (files: PackageFiles, sheet: string, xml: string) =>
    withPart(files, sheet, change(xml));

const partEdit =
  (pattern: RegExp, change: (xml: string) => string | undefined) => (files: PackageFiles) => {
    const name = findPart(files, pattern);
    const xml = name === undefined ? undefined : textOf(files, name);
    return name === undefined || xml === undefined ? undefined : withPart(files, name, change(xml));
  };

const missing = (pattern: RegExp) => partEdit(pattern, () => undefined);
const half = (xml: string) => xml.slice(0, Math.floor(xml.length / 2));

/** The edits of one part each: missing parts, damaged XML, far cells, huge merges, long text. */
const EDITS: PartEdit[] = [
  {
    name: "workbook.xml.rels missing",
    damaged: true,
    edit: missing(/^xl\/_rels\/workbook\.xml\.rels$/i),
  },
  { name: "sharedStrings.xml missing", damaged: true, edit: missing(/^xl\/sharedStrings\.xml$/i) },
  {
    name: "first worksheet missing",
    damaged: true,
    edit: (f, sheet) => withPart(f, sheet, undefined),
  },
  { name: "styles.xml missing", damaged: false, edit: missing(/^xl\/styles\.xml$/i) },
  { name: "workbook.xml missing", damaged: true, edit: missing(/^xl\/workbook\.xml$/i) },
  {
    name: "[Content_Types].xml missing",
    damaged: false,
    edit: missing(/^\[Content_Types\]\.xml$/i),
  },
  { name: "_rels/.rels missing", damaged: false, edit: missing(/^_rels\/\.rels$/i) },
  {
    name: "far cell: text at XFD1048576",
    damaged: false,
    edit: sheetEdit((x) => appendRows(x, textRow(x, "XFD1048576", "xa"))),
  },
  {
    name: "far cell: number at A1048576",
    damaged: false,
    edit: sheetEdit((x) => appendRows(x, numberRow(x, "A1048576", 7))),
  },
  {
    name: "far cell: number in column XFD",
    damaged: false,
    edit: sheetEdit((x) => appendRows(x, numberRow(x, `XFD${lastRow(x) + 1}`, 5))),
  },
  {
    name: "dimension claim A1:XFD1048576",
    damaged: false,
    edit: sheetEdit((x) => claimDimension(x, "A1:XFD1048576")),
  },
  { name: "merge A:A", damaged: false, edit: sheetEdit((x) => addMerge(x, "A:A")) },
  { name: "merge A1:A1048576", damaged: false, edit: sheetEdit((x) => addMerge(x, "A1:A1048576")) },
  {
    name: "merge A83:XFD1048576",
    damaged: false,
    edit: sheetEdit((x) => addMerge(x, "A83:XFD1048576")),
  },
  { name: "merge 1:1", damaged: false, edit: sheetEdit((x) => addMerge(x, "1:1")) },
  {
    name: "32,767-character cell",
    damaged: false,
    edit: sheetEdit((x) => appendRows(x, textRow(x, `C${lastRow(x) + 1}`, longText(32767)))),
  },
  {
    name: "40,000-character cell",
    damaged: false,
    edit: sheetEdit((x) => appendRows(x, textRow(x, `C${lastRow(x) + 1}`, longText(40000)))),
  },
  {
    name: "worksheet: sheetData unclosed",
    damaged: true,
    edit: sheetEdit((x) => x.replace(/<\/(\w+:)?sheetData>/, "")),
  },
  { name: "worksheet: cut in half", damaged: true, edit: sheetEdit(half) },
  {
    name: "worksheet: unknown entity",
    damaged: true,
    edit: sheetEdit((x) => appendRows(x, textRow(x, `A${lastRow(x) + 1}`, "a &bogus; b"))),
  },
  {
    name: "worksheet: character reference &#0;",
    damaged: true,
    edit: sheetEdit((x) => appendRows(x, textRow(x, `A${lastRow(x) + 1}`, "a &#0; b"))),
  },
  {
    name: "worksheet: billion laughs",
    damaged: true,
    edit: sheetEdit((x) => withDoctype(x, LAUGHS)),
  },
  {
    name: "worksheet: external entity",
    damaged: true,
    edit: sheetEdit((x) =>
      appendRows(withDoctype(x, EXTERNAL), textRow(x, `A${lastRow(x) + 1}`, "&xxe;")),
    ),
  },
  {
    name: "worksheet: attribute unquoted",
    damaged: true,
    edit: sheetEdit((x) => x.replace(/<((?:\w+:)?)row r="(\d+)"/, "<$1row r=$2")),
  },
  {
    name: "worksheet: invalid UTF-8",
    damaged: false,
    edit: (files, sheet, xml) => {
      const bytes = new TextEncoder().encode(
        appendRows(xml, textRow(xml, `A${lastRow(xml) + 1}`, "@@")),
      );
      const at = bytes.lastIndexOf(0x40);
      bytes[at] = 0xff;
      bytes[at - 1] = 0xfe;
      return new Map(files).set(sheet, bytes);
    },
  },
  {
    name: "workbook.xml: billion laughs",
    damaged: true,
    edit: partEdit(/^xl\/workbook\.xml$/i, (x) => withDoctype(x, LAUGHS)),
  },
  {
    name: "workbook.xml: cut in half",
    damaged: true,
    edit: partEdit(/^xl\/workbook\.xml$/i, half),
  },
  {
    name: "workbook.xml.rels: cut in half",
    damaged: true,
    edit: partEdit(/^xl\/_rels\/workbook\.xml\.rels$/i, half),
  },
  {
    name: "sharedStrings.xml: cut in half",
    damaged: true,
    edit: partEdit(/^xl\/sharedStrings\.xml$/i, half),
  },
  {
    name: "sharedStrings.xml: billion laughs",
    damaged: true,
    edit: partEdit(/^xl\/sharedStrings\.xml$/i, (x) => withDoctype(x, LAUGHS)),
  },
  { name: "styles.xml: cut in half", damaged: true, edit: partEdit(/^xl\/styles\.xml$/i, half) },
  {
    name: "[Content_Types].xml: cut in half",
    damaged: false,
    edit: partEdit(/^\[Content_Types\]\.xml$/i, half),
  },
];

/** Every part edit that applies to `files` (a file without shared strings skips theirs). */
export function partMutants(files: PackageFiles): Mutant[] {
  const sheet = firstWorksheet(files);
  const xml = sheet === undefined ? undefined : textOf(files, sheet);
  if (sheet === undefined || xml === undefined) return [];
  const mutants: Mutant[] = [];
  for (const { name, damaged, edit } of EDITS) {
    const edited = edit(files, sheet, xml);
    if (edited) mutants.push({ name, damaged, bytes: zipFiles(edited) });
  }
  return mutants;
}
