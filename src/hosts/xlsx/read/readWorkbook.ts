import type { SheetVisibility, TableInfo } from "../../../workbook/snapshot";
import {
  packageRefusal,
  relationshipKind,
  relsPartOf,
  resolveTarget,
  type Relationship,
  type XlsxPackage,
} from "../package";
import { parseComments } from "./commentsPart";
import { parseSavedAt } from "./coreProperties";
import { parseCustomProperties } from "./customProperties";
import { layOutSheet, boxCells, type SheetModel } from "./sheetSnapshot";
import { sheetKind, type SheetKind } from "./sheetKind";
import { sheetTooLarge } from "./sheetTooLarge";
import { parseSharedStrings } from "./sharedStrings";
import { parseNumberFormats } from "./styles";
import { parseTablePart } from "./tablePart";
import { byRowThenColumn, parseThreadedCommentCells } from "./threadedCommentsPart";
import { parseWorkbookPart, type DefinedName } from "./workbookPart";
import { parseWorksheet } from "./worksheetPart";

/** A sheet the workbook lists, of any kind. */
export interface ListedSheet {
  name: string;
  kind: SheetKind;
  visibility: SheetVisibility;
}

/** Everything read from a package, once, when it is opened. */
export interface ReadWorkbook {
  workbookPart: string;
  /** Every sheet workbook.xml lists, in tab order (chart sheets included). */
  listed: ListedSheet[];
  /** The worksheets, in tab order. */
  worksheets: SheetModel[];
  /** Index into `listed` of the tab active when the file was saved. */
  activeTab: number;
  date1904: boolean;
  definedNames: DefinedName[];
  /** Number format code per cell style index. */
  numberFormats: string[];
  strictOpenXml: boolean;
  /** Custom document properties (docProps/custom.xml) as text by name. */
  properties: Record<string, string>;
  /** When the file was last saved (docProps/core.xml's dcterms:modified), where it says. */
  savedAt?: string;
}

/**
 * Most cells one sheet's used range may span. Rows the file lists nothing in cost a pointer
 * (sheetSnapshot shares one empty row), but the engine visits every cell of the range and a
 * check writes its results down the whole table: four million cells (200,000 rows of 20
 * columns) stay within seconds and 500 MB; a stray value at A1048576 under a wide table does
 * not, and is refused in one line that says which sheet and range.
 */
export const MAX_SNAPSHOT_CELLS = 4_000_000;

/**
 * Reads the workbook of a package: workbook.xml through the package's relationships (whatever
 * the part is called), its relationships, styles and shared strings once, then every worksheet
 * streamed, with its comments and tables. A part the workbook needs and lacks makes the file
 * damaged, never an empty workbook.
 */
export function readWorkbook(pkg: XlsxPackage): ReadWorkbook {
  const damaged = (detail: string): never => {
    throw packageRefusal("missing_part", pkg.fileName, detail);
  };
  const workbookPart = pkg.workbookPart() ?? damaged("no workbook part");
  const facts = parseWorkbookPart(pkg.requiredText(workbookPart));
  if (!pkg.hasRelationshipsPart(workbookPart)) damaged(`${relsPartOf(workbookPart)} is missing`);
  const rels = pkg.relationships(workbookPart);
  if (facts.sheets.length === 0) damaged(`${workbookPart} lists no sheets`);
  const byKind = (kind: string) => rels.find((r) => relationshipKind(r.type) === kind);
  const numberFormats = parseNumberFormats(
    pkg.text(partOf(byKind("styles"), workbookPart, "styles.xml")),
  );
  const sharedStrings = readSharedStrings(pkg, byKind("sharedStrings"), workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const listed: ListedSheet[] = [];
  const worksheets: SheetModel[] = [];
  for (const entry of facts.sheets) {
    const rel = byId.get(entry.relId);
    const kind = sheetKind(rel?.type);
    listed.push({ name: entry.name, kind, visibility: entry.visibility });
    if (kind !== "worksheet") continue;
    const part = rel?.part ?? damaged(`sheet "${entry.name}" has no part`);
    // The sheet's bytes, not kept by the package once parsed: a read-only check of a large
    // sheet holds its cells, not its XML as well (the writer inflates it again if it needs it).
    const xml = pkg.readOnce(part) ?? damaged(`${part} (sheet "${entry.name}") is missing`);
    const parsed = parseWorksheet(xml, {
      sharedStrings,
      date1904: facts.date1904,
      damaged: (detail) => damaged(`${part}: ${detail}`),
    });
    const sheetRels = pkg.relationships(part);
    const model = layOutSheet(
      entry.name,
      entry.visibility,
      parsed,
      readTables(pkg, sheetRels, parsed.tableRelIds),
      readNotes(pkg, sheetRels),
      readThreadedCommentCells(pkg, sheetRels),
    );
    if (model.box && boxCells(model) > MAX_SNAPSHOT_CELLS) {
      throw sheetTooLarge(pkg.fileName, entry.name, model.box, boxCells(model));
    }
    worksheets.push(model);
  }
  return {
    workbookPart,
    listed,
    worksheets,
    activeTab: facts.activeTab,
    date1904: facts.date1904,
    definedNames: facts.definedNames,
    numberFormats,
    strictOpenXml: rels.some((r) => r.type.includes("purl.oclc.org/ooxml")),
    properties: readCustomProperties(pkg),
    ...savedAtOf(pkg),
  };
}

/** The core properties' last-saved time (by its relationship, else docProps/core.xml). */
function savedAtOf(pkg: XlsxPackage): { savedAt?: string } {
  const rel = pkg.relationships("").find((r) => relationshipKind(r.type) === "core-properties");
  const xml = pkg.text(rel?.part ?? "docProps/core.xml");
  const savedAt = xml === undefined ? undefined : parseSavedAt(xml);
  return savedAt === undefined ? {} : { savedAt };
}

/** The package's custom properties part (by its relationship, else docProps/custom.xml). */
function readCustomProperties(pkg: XlsxPackage): Record<string, string> {
  const rel = pkg.relationships("").find((r) => relationshipKind(r.type) === "custom-properties");
  const xml = pkg.text(rel?.part ?? "docProps/custom.xml");
  return xml === undefined ? {} : parseCustomProperties(xml);
}

/** The part a workbook relationship names, else the usual name beside the workbook part. */
function partOf(rel: Relationship | undefined, workbookPart: string, usual: string): string {
  return rel?.part ?? resolveTarget(workbookPart, usual);
}

function readSharedStrings(
  pkg: XlsxPackage,
  rel: Relationship | undefined,
  workbookPart: string,
): string[] | undefined {
  const part = partOf(rel, workbookPart, "sharedStrings.xml");
  const xml = pkg.text(part);
  if (xml === undefined && rel) {
    throw packageRefusal("missing_part", pkg.fileName, `${part} is missing`);
  }
  return xml === undefined ? undefined : parseSharedStrings(xml);
}

function readTables(pkg: XlsxPackage, rels: Relationship[], relIds: string[]): TableInfo[] {
  const tables: TableInfo[] = [];
  for (const id of relIds) {
    const part = rels.find((r) => r.id === id)?.part;
    const xml = part === undefined ? undefined : pkg.text(part);
    const table = xml === undefined ? undefined : parseTablePart(xml);
    if (table) tables.push(table);
  }
  return tables;
}

/** The cells the sheet's threaded comments parts comment on, by row then column. */
function readThreadedCommentCells(pkg: XlsxPackage, rels: Relationship[]): string[] {
  const cells: string[] = [];
  for (const rel of rels) {
    if (relationshipKind(rel.type) !== "threadedComment" || !rel.part) continue;
    const xml = pkg.text(rel.part);
    if (xml !== undefined) cells.push(...parseThreadedCommentCells(xml));
  }
  return byRowThenColumn(cells);
}

function readNotes(pkg: XlsxPackage, rels: Relationship[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const rel of rels) {
    if (relationshipKind(rel.type) !== "comments" || !rel.part) continue;
    const xml = pkg.text(rel.part);
    if (xml !== undefined) Object.assign(notes, parseComments(xml));
  }
  return notes;
}
