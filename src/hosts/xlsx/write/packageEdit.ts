import { CalcChainEdit } from "./calcChainEdit";
import { parseSharedStrings } from "./cellValue";
import { PackageEditor, type PackageParts } from "./packageParts";
import { CONTENT_TYPES, withOverride } from "./contentTypes";
import {
  isRelType,
  nextRelId,
  parseRelationships,
  relativeTarget,
  resolveTarget,
  withRelationship,
} from "./relationships";
import { minimalStylesXml, StyleSheet } from "./styleSheet";
import { REL_NS, WorkbookDoc, type SheetEntry } from "./workbookDoc";
import { WorksheetDoc } from "./worksheetDoc";

/**
 * One edit of a package: the parts a change set touches, each read once, edited in memory and
 * written back once by `finish`. Parts no change reaches are never decoded.
 */
export class PackageEdit {
  readonly pkg: PackageEditor;
  readonly workbook: WorkbookDoc;
  readonly calcChain: CalcChainEdit;
  private readonly docs = new Map<SheetEntry, WorksheetDoc>();
  private styles: StyleSheet | undefined;
  private shared: string[] | undefined;
  /** Hooks run by finish before the parts are written (notes, charts). */
  readonly finishers: (() => void)[] = [];

  constructor(parts: PackageParts) {
    this.pkg = new PackageEditor(parts);
    const rootRels = parseRelationships(this.pkg.read("_rels/.rels"));
    const office = rootRels.find((r) => isRelType(r.type, "officeDocument"));
    const path = office ? resolveTarget("", office.target) : "xl/workbook.xml";
    const xml = this.pkg.need(path);
    const probe = new WorkbookDoc(path, xml, undefined);
    this.workbook = new WorkbookDoc(path, xml, this.pkg.read(probe.relsPath));
    this.calcChain = new CalcChainEdit(this);
  }

  /** The relationship namespace the package uses (for r:id attributes). */
  get relNs(): string {
    return this.workbook.strict ? REL_NS.strict : REL_NS.transitional;
  }

  /** A relationship type of the package's dialect ("worksheet" → its full URI). */
  relType(kind: string): string {
    return `${this.relNs}/${kind}`;
  }

  /** The worksheet's part, parsed once. */
  sheet(entry: SheetEntry): WorksheetDoc {
    let doc = this.docs.get(entry);
    if (!doc) {
      if (!entry.path) throw new Error(`Sheet "${entry.name}" has no part`);
      doc = new WorksheetDoc(this.pkg.need(entry.path));
      this.docs.set(entry, doc);
    }
    return doc;
  }

  /** True when the sheet's part was parsed (it may have changed). */
  isOpen(entry: SheetEntry): boolean {
    return this.docs.has(entry);
  }

  /** Forgets a sheet's parsed part (the sheet was deleted). */
  drop(entry: SheetEntry): void {
    this.docs.delete(entry);
  }

  adopt(entry: SheetEntry, doc: WorksheetDoc): void {
    this.docs.set(entry, doc);
  }

  /** The style sheet, parsed once (a minimal one when the package has none). */
  styleSheet(): StyleSheet {
    if (!this.styles) this.styles = new StyleSheet(this.stylesXml());
    return this.styles;
  }

  private stylesPath(): string | undefined {
    const rels = parseRelationships(this.pkg.read(this.workbook.relsPath));
    const rel = rels.find((r) => isRelType(r.type, "styles"));
    return rel ? resolveTarget(this.workbook.path, rel.target) : undefined;
  }

  /**
   * The style sheet's text. A package without one (Excel always writes it, some generators
   * don't, or it was lost) gets a minimal style sheet, its relationship and content type, so
   * that the cells the change set styles have a sheet to point into; cells without a style
   * index keep Excel's defaults, as they had.
   */
  private stylesXml(): string {
    const path = this.stylesPath();
    const xml = path ? this.pkg.read(path) : undefined;
    if (xml !== undefined) return xml;
    const created = minimalStylesXml();
    const folder = this.workbook.path.slice(0, this.workbook.path.lastIndexOf("/") + 1);
    const target = path ?? `${folder}styles.xml`;
    this.pkg.write(target, created);
    if (!path) {
      const rels = this.pkg.read(this.workbook.relsPath);
      this.pkg.write(
        this.workbook.relsPath,
        withRelationship(rels, {
          id: nextRelId(parseRelationships(rels)),
          type: this.relType("styles"),
          target: relativeTarget(this.workbook.path, target),
        }),
      );
    }
    const types = this.pkg.need("[Content_Types].xml");
    this.pkg.write("[Content_Types].xml", withOverride(types, target, CONTENT_TYPES.styles));
    return created;
  }

  /** The shared strings, parsed once when a chart needs cached texts. */
  sharedStrings(): string[] {
    if (!this.shared) {
      const rels = parseRelationships(this.pkg.read(this.workbook.relsPath));
      const rel = rels.find((r) => isRelType(r.type, "sharedStrings"));
      const path = rel ? resolveTarget(this.workbook.path, rel.target) : undefined;
      this.shared = parseSharedStrings(path ? this.pkg.read(path) : undefined);
    }
    return this.shared;
  }

  /** Writes every edited part back and returns the package. */
  finish(): PackageParts {
    for (const run of this.finishers) run();
    for (const [entry, doc] of this.docs) {
      if (!entry.path || !this.workbook.sheets.includes(entry)) continue;
      this.pkg.writeBytes(entry.path, doc.toBytes());
      // The sheet's rows are text now: a big sheet is not held twice while the next is written.
      this.docs.delete(entry);
    }
    if (this.styles) {
      const xml = this.styles.toXml();
      const path = this.stylesPath();
      if (xml !== undefined && path) this.pkg.write(path, xml);
    }
    const workbookXml = this.workbook.toXml();
    if (workbookXml !== undefined) this.pkg.write(this.workbook.path, workbookXml);
    this.calcChain.finish();
    return this.pkg.result();
  }
}
