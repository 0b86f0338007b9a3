import type { Workbook } from "exceljs";
import type { SheetVisibility } from "../../workbook/snapshot";
import {
  xlsxSteps,
  type LoadComment,
  type LoadModel,
  type LoadRelationship,
  type LoadWorksheetModel,
  type XlsxSteps,
} from "./exceljsInternals";
import { repairTableXml } from "./repairTableXml";
import { lossOfRelationship, type SaveLoss } from "./saveLosses";
import { fillTableDefaults } from "./tableModelDefaults";
import { placeholdValidations } from "./validationPlaceholders";
import { collectText, textChunks } from "./xmlText";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "unknown";

/** A sheet as workbook.xml lists it, whether or not ExcelJS loaded it. */
export interface ListedSheet {
  name: string;
  kind: SheetKind;
  visibility: SheetVisibility;
  /** True when ExcelJS found and loaded its part. */
  loaded: boolean;
}

/** What the hooks learn while ExcelJS loads a workbook. */
export interface LoadFacts {
  /** False when this ExcelJS lacks one of the wrapped steps: nothing was hooked. */
  hooked: boolean;
  strict: boolean;
  /** reconcile ran and workbook.xml was found. */
  workbookFound: boolean;
  /** workbook.xml's sheets in tab order. */
  sheets: ListedSheet[];
  /** Index into `sheets` of the tab active when the file was saved. */
  activeTab: number;
  /** Merged areas taken out of each worksheet's model, by worksheet id. */
  merges: Map<number, string[]>;
  /** Notes on cells the file has no <c> element for (ExcelJS drops them), by worksheet id. */
  looseNotes: Map<number, LoadComment[]>;
  /** Data-validation placeholders of each worksheet, by worksheet id. */
  validations: Map<number, Map<string, string[]>>;
  losses: Set<SaveLoss>;
}

/**
 * Wraps steps of one workbook's ExcelJS loader (never ExcelJS's prototypes, so nothing else in
 * the process changes) to repair what ExcelJS 4.4 misreads and to learn what it skips:
 * - relationships: Strict Open XML namespaces;
 * - table parts: repaired before parsing (repairTableXml.ts), defaults filled after;
 * - worksheet parts: data validations' ranges swapped for placeholders (validationPlaceholders);
 * - reconcile: the sheet list with each sheet's kind, the active tab, what a save would lose,
 *   every worksheet's merges taken out to be merged afterwards in linear time, and the notes
 *   ExcelJS would drop: it attaches a note only to a cell the file lists, and Excel lists no
 *   cell for a note on an empty, unformatted cell.
 */
export function installLoadHooks(workbook: Workbook): LoadFacts {
  const facts: LoadFacts = {
    hooked: false,
    strict: false,
    workbookFound: false,
    sheets: [],
    activeTab: 0,
    merges: new Map(),
    looseNotes: new Map(),
    validations: new Map(),
    losses: new Set(),
  };
  const steps = xlsxSteps(workbook);
  const { parseRels, reconcile, _processWorksheetEntry, _processTableEntry } = steps;
  if (!parseRels || !reconcile || !_processWorksheetEntry || !_processTableEntry) return facts;
  facts.hooked = true;
  const placeholders = new Map<string, Map<string, string[]>>();

  const hooks: Pick<XlsxSteps, keyof XlsxSteps> = {
    parseRels: async (stream) => {
      const rels = await parseRels.call(steps, stream);
      if (rels.some((r) => r.Type.includes("purl.oclc.org/ooxml"))) facts.strict = true;
      return rels;
    },
    _processTableEntry: async (stream, model, name) => {
      const xml = await collectText(stream);
      if (/<calculatedColumnFormula\b/.test(xml)) facts.losses.add("table_formulas");
      await _processTableEntry.call(steps, textChunks(repairTableXml(xml)), model, name);
      const table = model.tables[`../tables/${name}.xml`];
      if (table) fillTableDefaults(table);
    },
    _processWorksheetEntry: async (stream, model, sheetNo, options, path) => {
      const { xml, areas } = placeholdValidations(await collectText(stream));
      if (areas.size > 0) placeholders.set(sheetNo, areas);
      await _processWorksheetEntry.call(steps, textChunks(xml), model, sheetNo, options, path);
    },
    reconcile: (model, options) => {
      learnSheets(model, facts);
      learnLosses(model, facts);
      renumberLocalNames(model, facts);
      const loose = new Map(model.worksheets.map((w) => [w, looseNotes(model, w)]));
      reconcile.call(steps, model, options);
      for (const worksheet of model.worksheets) {
        if (worksheet.id === undefined) continue;
        facts.merges.set(worksheet.id, worksheet.mergeCells ?? []);
        worksheet.mergeCells = [];
        const areas =
          worksheet.sheetNo === undefined ? undefined : placeholders.get(worksheet.sheetNo);
        if (areas) facts.validations.set(worksheet.id, areas);
        const notes = loose.get(worksheet) ?? [];
        if (notes.length > 0) facts.looseNotes.set(worksheet.id, notes);
      }
    },
  };
  Object.assign(steps, hooks);
  return facts;
}

function learnSheets(model: LoadModel, facts: LoadFacts): void {
  if (!model.sheets) return;
  facts.workbookFound = true;
  const rels = new Map((model.workbookRels ?? []).map((r) => [r.Id, r]));
  facts.sheets = model.sheets.map((sheet) => {
    const rel = rels.get(sheet.rId);
    const kind = rel ? sheetKind(rel) : "unknown";
    // The same lookup ExcelJS makes (lib/xlsx/xform/book/workbook-xform.js, reconcile).
    const loaded =
      rel !== undefined &&
      model.worksheetHash[`xl/${rel.Target.replace(/^(\s|\/xl\/)+/, "")}`] !== undefined;
    return { name: sheet.name, kind, visibility: visibilityOf(sheet.state), loaded };
  });
  const tab = model.views?.[0]?.activeTab;
  facts.activeTab = typeof tab === "number" && tab >= 0 && tab < facts.sheets.length ? tab : 0;
}

/** The sheet's notes whose cell the file does not list (read before reconcile, which drops
 *  the comments list; reconcile then joins each note with its VML shape in place). */
function looseNotes(model: LoadModel, worksheet: LoadWorksheetModel): LoadComment[] {
  const rels =
    worksheet.sheetNo === undefined ? [] : (model.worksheetRels?.[worksheet.sheetNo] ?? []);
  const rel = rels.find((r) => r.Type.endsWith("/comments"));
  const comments = (rel && model.comments?.[rel.Target]?.comments) ?? [];
  if (comments.length === 0) return [];
  const listed = new Set<string>();
  for (const row of worksheet.rows ?? []) {
    for (const cell of row?.cells ?? []) if (cell?.address) listed.add(cell.address);
  }
  return comments.filter((c) => c.ref !== undefined && !listed.has(c.ref));
}

/**
 * Sheet-scoped defined names (print titles and areas among them) give their sheet as an index
 * into workbook.xml's sheet list, chart sheets included; ExcelJS drops chart sheets and reads
 * and writes that index against its own list. Renumbered against the worksheets only; names
 * scoped to a dropped sheet go with it.
 */
function renumberLocalNames(model: LoadModel, facts: LoadFacts): void {
  if (!model.definedNames || !facts.sheets.some((s) => !s.loaded)) return;
  const index = new Map<number, number>();
  let next = 0;
  facts.sheets.forEach((sheet, i) => {
    if (sheet.loaded) index.set(i, next++);
  });
  model.definedNames = model.definedNames.flatMap((name) => {
    if (name.localSheetId === undefined) return [name];
    const to = index.get(Number(name.localSheetId));
    return to === undefined ? [] : [{ ...name, localSheetId: to }];
  });
}

function learnLosses(model: LoadModel, facts: LoadFacts): void {
  const lists: Array<LoadRelationship[] | undefined> = [
    model.workbookRels,
    ...Object.values(model.worksheetRels ?? {}),
    ...Object.values(model.drawingRels ?? {}),
  ];
  for (const list of lists) {
    for (const rel of list ?? []) {
      const loss = lossOfRelationship(rel.Type);
      if (loss) facts.losses.add(loss);
    }
  }
}

function sheetKind(rel: LoadRelationship): SheetKind {
  const type = rel.Type.slice(rel.Type.lastIndexOf("/") + 1);
  if (type === "worksheet") return "worksheet";
  if (type === "chartsheet") return "chartsheet";
  if (type === "dialogsheet") return "dialogsheet";
  if (type === "xlMacrosheet" || type === "xlIntlMacrosheet") return "macrosheet";
  return "unknown";
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}
