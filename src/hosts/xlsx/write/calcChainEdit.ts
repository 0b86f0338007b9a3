import type { PackageEdit } from "./packageEdit";
import { isRelType, parseRelationships, resolveTarget, withoutRelationship } from "./relationships";
import { withoutOverride } from "./contentTypes";
import { childElements, rootElement } from "./xmlScan";
import { attribute, withAttribute } from "./xmlText";

/**
 * The calculation chain lists every formula cell by sheet id. When a write replaces a formula
 * (or a sheet goes), its entries go too, or Excel would repair the file; every other entry keeps
 * its text. A chain left empty is removed with its relationship and content type.
 */
export class CalcChainEdit {
  private readonly cells = new Set<string>();
  private readonly sheets = new Set<number>();

  constructor(private readonly edit: PackageEdit) {}

  /** The formula at `ref` on sheet `sheetId` is gone. */
  removeCell(sheetId: number, ref: string): void {
    this.cells.add(`${sheetId}!${ref}`);
  }

  removeSheet(sheetId: number): void {
    this.sheets.add(sheetId);
  }

  finish(): void {
    if (this.cells.size === 0 && this.sheets.size === 0) return;
    const { pkg, workbook } = this.edit;
    const rels = pkg.read(workbook.relsPath);
    const rel = parseRelationships(rels).find((r) => isRelType(r.type, "calcChain"));
    if (!rel || rels === undefined) return;
    const path = resolveTarget(workbook.path, rel.target);
    const xml = pkg.read(path);
    if (xml === undefined) return;
    const root = rootElement(xml);
    let sheet = 0;
    let carry: string | undefined;
    const kept: string[] = [];
    let removed = 0;
    for (const c of childElements(xml, root.contentStart, root.contentEnd)) {
      const text = xml.slice(c.start, c.end);
      if (c.name !== "c") {
        kept.push(text);
        continue;
      }
      const i = attribute(c.openTag, "i");
      if (i !== undefined) sheet = Number(i);
      const gone =
        this.sheets.has(sheet) || this.cells.has(`${sheet}!${attribute(c.openTag, "r") ?? ""}`);
      if (gone) {
        removed += 1;
        if (i !== undefined) carry = i;
        continue;
      }
      if (carry !== undefined && i === undefined) {
        const end = text.indexOf(">") + 1;
        kept.push(withAttribute(text.slice(0, end), "i", carry) + text.slice(end));
      } else kept.push(text);
      carry = undefined;
    }
    if (removed === 0) return;
    if (!kept.some((k) => /^<(?:[\w.-]+:)?c[\s/>]/.test(k))) {
      pkg.remove(path);
      pkg.write(workbook.relsPath, withoutRelationship(rels, rel.id));
      const types = pkg.need("[Content_Types].xml");
      pkg.write("[Content_Types].xml", withoutOverride(types, path));
      return;
    }
    pkg.write(path, xml.slice(0, root.contentStart) + kept.join("") + xml.slice(root.contentEnd));
  }
}
