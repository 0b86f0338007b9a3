import { isRelType, parseRelationships, relsPathOf, resolveTarget } from "./relationships";
import { childElements, prefixOf, rootElement, type ElementSpan } from "./xmlScan";
import {
  attribute,
  attributes,
  escapeXml,
  withAttribute,
  applyEdits,
  type TextEdit,
} from "./xmlText";
import { sameSheetName } from "./sheetNames";

/** The relationships namespace of each dialect, for r:id attributes. */
export const REL_NS = {
  transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  strict: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

export type SheetState = "visible" | "hidden" | "veryHidden";

/** One sheet of workbook.xml's <sheets>. */
export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Worksheets hold cells; chart sheets, dialog and macro sheets are only listed. */
  isWorksheet: boolean;
  relId: string;
  sheetId: number;
  /** The sheet's part, through the workbook's relationships. */
  path: string | undefined;
  /** The <sheet> element as the file had it; undefined for a sheet this edit adds. */
  tag?: string;
  /** Its position in the file's own list; undefined for a new sheet. */
  originalIndex?: number;
}

interface DefinedName {
  text: string;
  name: string;
  localSheetId?: number;
}

/** The elements of CT_Workbook, in schema order. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
];

/**
 * workbook.xml as the writer edits it: the sheet list (order, names, visibility), the active
 * tab and the sheet-scoped defined names (print titles), which follow their sheet when sheets
 * are added or deleted. Everything else in the part keeps its text.
 */
export class WorkbookDoc {
  readonly sheets: SheetEntry[];
  private readonly originalCount: number;
  private readonly root: ElementSpan;
  private readonly prefix: string;
  private readonly children: ElementSpan[];
  private readonly names: DefinedName[];
  /** Sheet-local built-in names this edit sets ("_xlnm.Print_Titles", "_xlnm.Print_Area"). */
  private readonly localNames = new Map<string, Map<SheetEntry, string>>();
  private structureChanged = false;
  private activeChanged = false;
  private fullCalc = false;
  active: SheetEntry | undefined;

  constructor(
    readonly path: string,
    private readonly xml: string,
    rels: string | undefined,
  ) {
    this.root = rootElement(xml);
    this.prefix = prefixOf(this.root.qname);
    this.children = childElements(xml, this.root.contentStart, this.root.contentEnd);
    const relations = parseRelationships(rels);
    const sheetsEl = this.children.find((c) => c.name === "sheets");
    const tags = sheetsEl
      ? childElements(xml, sheetsEl.contentStart, sheetsEl.contentEnd).filter(
          (c) => c.name === "sheet",
        )
      : [];
    this.sheets = tags.map((c, index) => {
      const a = attributes(c.openTag);
      const relId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const rel = relations.find((r) => r.id === relId);
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      return {
        name: a.name ?? "",
        state,
        isWorksheet: rel !== undefined && isRelType(rel.type, "worksheet"),
        relId,
        sheetId: Number(a.sheetId ?? 0),
        path: rel ? resolveTarget(path, rel.target) : undefined,
        tag: xml.slice(c.start, c.end),
        originalIndex: index,
      };
    });
    this.originalCount = this.sheets.length;
    this.names = this.parseNames();
    const view = this.workbookView();
    const tab = Number(view ? (attribute(view.openTag, "activeTab") ?? "0") : "0");
    this.active = this.sheets[tab] ?? this.sheets[0];
  }

  get relsPath(): string {
    return relsPathOf(this.path);
  }

  /** True for a Strict OOXML workbook (purl.oclc.org namespaces). */
  get strict(): boolean {
    return this.root.openTag.includes("http://purl.oclc.org/ooxml/spreadsheetml/main");
  }

  private workbookView(): ElementSpan | undefined {
    const views = this.children.find((c) => c.name === "bookViews");
    return views
      ? childElements(this.xml, views.contentStart, views.contentEnd).find(
          (c) => c.name === "workbookView",
        )
      : undefined;
  }

  private parseNames(): DefinedName[] {
    const el = this.children.find((c) => c.name === "definedNames");
    if (!el) return [];
    return childElements(this.xml, el.contentStart, el.contentEnd)
      .filter((c) => c.name === "definedName")
      .map((c) => {
        const local = attribute(c.openTag, "localSheetId");
        const name: DefinedName = {
          text: this.xml.slice(c.start, c.end),
          name: attribute(c.openTag, "name") ?? "",
        };
        if (local !== undefined) name.localSheetId = Number(local);
        return name;
      });
  }

  find(name: string): SheetEntry | undefined {
    // The name as written is the common case: folding case is only needed when it differs.
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => sameSheetName(s.name, name))
    );
  }

  /** One past the highest sheetId. */
  nextSheetId(): number {
    return Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
  }

  private keepingActive(change: () => void): void {
    const before = this.active;
    change();
    const still = before && this.sheets.includes(before) && before.state === "visible";
    if (!still) {
      this.active = this.sheets.find((s) => s.state === "visible");
      this.activeChanged = true;
    }
    this.structureChanged = true;
  }

  add(entry: SheetEntry, after?: string): void {
    this.keepingActive(() => {
      const anchor = after === undefined ? undefined : this.find(after);
      const at = anchor ? this.sheets.indexOf(anchor) + 1 : this.sheets.length;
      this.sheets.splice(at, 0, entry);
    });
  }

  remove(entry: SheetEntry): void {
    this.keepingActive(() => {
      this.sheets.splice(this.sheets.indexOf(entry), 1);
      for (const byEntry of this.localNames.values()) byEntry.delete(entry);
    });
  }

  hide(entry: SheetEntry, veryHidden: boolean): void {
    this.keepingActive(() => {
      entry.state = veryHidden ? "veryHidden" : "hidden";
    });
  }

  activate(entry: SheetEntry): void {
    this.active = entry;
    this.activeChanged = true;
  }

  /** True when the active sheet moved (sheet views' tabSelected must follow). */
  get activeMoved(): boolean {
    return this.activeChanged;
  }

  /** Sets a sheet-local name ("_xlnm.Print_Area"), replacing the sheet's own. */
  private setLocalName(name: string, entry: SheetEntry, formula: string): void {
    const byEntry = this.localNames.get(name) ?? new Map<SheetEntry, string>();
    byEntry.set(entry, formula);
    this.localNames.set(name, byEntry);
    this.structureChanged = true;
  }

  /** A sheet-local name's formula as the file (or this edit) has it, escaped, if any. */
  private localNameOf(name: string, entry: SheetEntry): string | undefined {
    const own = this.localNames.get(name)?.get(entry);
    if (own !== undefined) return own;
    if (entry.originalIndex === undefined) return undefined;
    const found = this.names.find((n) => n.name === name && n.localSheetId === entry.originalIndex);
    return found ? /<[^>]*>([\s\S]*)<\/[^>]*>$/.exec(found.text)?.[1] : undefined;
  }

  /** Sets the sheet's print titles ("'KH'!$4:$5"), replacing its own. */
  setPrintTitles(entry: SheetEntry, formula: string): void {
    this.setLocalName("_xlnm.Print_Titles", entry, formula);
  }

  /** The sheet's print titles as the file has them, if any. */
  printTitlesOf(entry: SheetEntry): string | undefined {
    return this.localNameOf("_xlnm.Print_Titles", entry);
  }

  /** Sets the sheet's print area ("'KH'!$A$1:$O$62,'KH'!$Q$6:$R$18"), replacing its own. */
  setPrintArea(entry: SheetEntry, formula: string): void {
    this.setLocalName("_xlnm.Print_Area", entry, formula);
  }

  private sheetsXml(): string {
    const q = (n: string) => `${this.prefix}${n}`;
    const items = this.sheets.map((s) => {
      if (s.tag !== undefined) {
        const end = s.tag.indexOf(">") + 1;
        const open = withAttribute(
          s.tag.slice(0, end),
          "state",
          s.state === "visible" ? undefined : s.state,
        );
        return open + s.tag.slice(end);
      }
      const state = s.state === "visible" ? "" : ` state="${s.state}"`;
      // The namespace is declared on the element: not every workbook part declares "r" (e03).
      const ns = this.strict ? REL_NS.strict : REL_NS.transitional;
      return `<${q("sheet")} name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${state} xmlns:r="${ns}" r:id="${s.relId}"/>`;
    });
    return items.join("");
  }

  private namesXml(): string | undefined {
    const q = (n: string) => `${this.prefix}${n}`;
    const newIndex = new Map<number, number>();
    this.sheets.forEach((s, i) => {
      if (s.originalIndex !== undefined) newIndex.set(s.originalIndex, i);
    });
    const replaced = (name: string, index: number) =>
      [...(this.localNames.get(name)?.keys() ?? [])].some((s) => this.sheets.indexOf(s) === index);
    const kept: string[] = [];
    for (const n of this.names) {
      if (n.localSheetId === undefined) {
        kept.push(n.text);
        continue;
      }
      const at = newIndex.get(n.localSheetId);
      if (at === undefined && n.localSheetId < this.originalCount) continue; // its sheet is gone
      const index = at ?? n.localSheetId;
      if (replaced(n.name, index)) continue;
      const end = n.text.indexOf(">") + 1;
      kept.push(
        withAttribute(n.text.slice(0, end), "localSheetId", String(index)) + n.text.slice(end),
      );
    }
    for (const [name, byEntry] of this.localNames) {
      for (const [entry, formula] of byEntry) {
        const index = this.sheets.indexOf(entry);
        if (index < 0) continue;
        kept.push(
          `<${q("definedName")} name="${name}" localSheetId="${index}">${escapeXml(formula)}</${q("definedName")}>`,
        );
      }
    }
    return kept.length > 0 ? kept.join("") : undefined;
  }

  /**
   * Asks Excel and LibreOffice to calculate every formula when the file opens (calcPr
   * fullCalcOnLoad): formulas the writer adds have no cached value.
   */
  calculateOnLoad(): void {
    this.fullCalc = true;
  }

  private calcPrEdit(): TextEdit {
    const calcPr = this.children.find((c) => c.name === "calcPr");
    if (calcPr) {
      const end = calcPr.start + calcPr.openTag.length;
      return {
        start: calcPr.start,
        end,
        text: withAttribute(calcPr.openTag, "fullCalcOnLoad", "1"),
      };
    }
    return { ...this.insertionPoint("calcPr"), text: `<${this.prefix}calcPr fullCalcOnLoad="1"/>` };
  }

  /** workbook.xml after the edits, or undefined when nothing in it changed. */
  toXml(): string | undefined {
    if (!this.structureChanged && !this.activeChanged && !this.fullCalc) return undefined;
    const edits: TextEdit[] = this.fullCalc ? [this.calcPrEdit()] : [];
    if (this.structureChanged || this.activeChanged) edits.push(...this.structureEdits());
    return applyEdits(this.xml, edits);
  }

  private structureEdits(): TextEdit[] {
    const q = (n: string) => `${this.prefix}${n}`;
    const edits: TextEdit[] = [];
    const sheetsEl = this.children.find((c) => c.name === "sheets");
    const sheetsText = `<${q("sheets")}>${this.sheetsXml()}</${q("sheets")}>`;
    if (sheetsEl) {
      const open =
        sheetsEl.contentStart === sheetsEl.end ? `<${sheetsEl.qname}>` : sheetsEl.openTag;
      edits.push({
        start: sheetsEl.start,
        end: sheetsEl.end,
        text: `${open}${this.sheetsXml()}</${sheetsEl.qname}>`,
      });
    } else {
      edits.push({ ...this.insertionPoint("sheets"), text: sheetsText });
    }
    const names = this.namesXml();
    const namesEl = this.children.find((c) => c.name === "definedNames");
    if (namesEl) {
      const open = namesEl.contentStart === namesEl.end ? `<${namesEl.qname}>` : namesEl.openTag;
      edits.push({
        start: namesEl.start,
        end: namesEl.end,
        text: names === undefined ? "" : `${open}${names}</${namesEl.qname}>`,
      });
    } else if (names !== undefined) {
      edits.push({
        ...this.insertionPoint("definedNames"),
        text: `<${q("definedNames")}>${names}</${q("definedNames")}>`,
      });
    }
    const view = this.workbookView();
    const activeIndex = this.active ? this.sheets.indexOf(this.active) : 0;
    if (view) {
      let tag = withAttribute(
        view.openTag,
        "activeTab",
        activeIndex > 0 ? String(activeIndex) : undefined,
      );
      const first = Number(attribute(view.openTag, "firstSheet") ?? "0");
      if (first > activeIndex || first >= this.sheets.length) {
        tag = withAttribute(tag, "firstSheet", activeIndex > 0 ? String(activeIndex) : undefined);
      }
      edits.push({ start: view.start, end: view.start + view.openTag.length, text: tag });
    } else if (activeIndex > 0) {
      const views = `<${q("bookViews")}><${q("workbookView")} activeTab="${activeIndex}"/></${q("bookViews")}>`;
      edits.push({ ...this.insertionPoint("bookViews"), text: views });
    }
    return edits;
  }

  private insertionPoint(name: string): { start: number; end: number } {
    const rank = WORKBOOK_ORDER.indexOf(name);
    let at = this.root.contentStart;
    for (const c of this.children) {
      const r = WORKBOOK_ORDER.indexOf(c.name);
      if (r >= 0 && r < rank) at = c.end;
    }
    return { start: at, end: at };
  }
}
