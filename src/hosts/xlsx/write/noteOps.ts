import { parseAddress } from "../../../workbook/a1";
import { emptyCommentsXml, withNotes } from "./commentsXml";
import { CONTENT_TYPES, withDefault, withOverride, withoutOverride } from "./contentTypes";
import {
  emptyNoteVml,
  hasNoShapes,
  hasNoteShape,
  idBlocks,
  withNoteShapes,
  withoutNoteShapes,
} from "./noteVml";
import type { PackageEdit } from "./packageEdit";
import {
  isRelType,
  nextRelId,
  parseRelationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  withRelationship,
  withoutRelationship,
} from "./relationships";
import type { SheetEntry } from "./workbookDoc";
import { attribute } from "./xmlText";

/**
 * Notes of every sheet a change set writes, collected in order (the last change to a cell
 * wins) and written once per sheet when the edit finishes: the sheet's comments part and the
 * VML drawing that shows them, created when the sheet has none. The user's other notes and any
 * other shapes of the drawing keep their text.
 */
export class NoteWrites {
  private readonly bySheet = new Map<SheetEntry, Map<string, string | null>>();

  constructor(private readonly edit: PackageEdit) {
    edit.finishers.push(() => this.finish());
  }

  set(entry: SheetEntry, cell: string, text: string | null): void {
    const notes = this.bySheet.get(entry) ?? new Map<string, string | null>();
    notes.set(cell.replace(/\$/g, "").toUpperCase(), text);
    this.bySheet.set(entry, notes);
  }

  /** Forgets the notes of a sheet that was deleted. */
  forget(entry: SheetEntry): void {
    this.bySheet.delete(entry);
  }

  private finish(): void {
    for (const [entry, notes] of this.bySheet) {
      if (this.edit.workbook.sheets.includes(entry)) writeSheetNotes(this.edit, entry, notes);
    }
  }
}

function writeSheetNotes(
  edit: PackageEdit,
  entry: SheetEntry,
  notes: Map<string, string | null>,
): void {
  const { pkg } = edit;
  const sheetPath = entry.path as string;
  const relsPath = relsPathOf(sheetPath);
  let rels = pkg.read(relsPath);
  const relations = parseRelationships(rels);
  const commentsRel = relations.find((r) => isRelType(r.type, "comments"));
  const commentsPath = commentsRel ? resolveTarget(sheetPath, commentsRel.target) : undefined;
  const existing = commentsPath ? pkg.read(commentsPath) : undefined;
  const adding = [...notes.values()].some((t) => t !== null);
  if (existing === undefined && !adding) return;
  let types = pkg.need("[Content_Types].xml");

  const { xml: comments, count } = withNotes(existing ?? emptyCommentsXml(), notes);
  let path = commentsPath;
  if (count === 0) {
    if (commentsPath && commentsRel && rels !== undefined) {
      pkg.remove(commentsPath);
      rels = withoutRelationship(rels, commentsRel.id);
      types = withoutOverride(types, commentsPath);
    }
  } else {
    if (!path) {
      path = pkg.freeName(sheetPath.split("/").slice(0, -2).join("/"), "comments", "xml");
      rels = withRelationship(rels, {
        id: nextRelId(parseRelationships(rels)),
        type: edit.relType("comments"),
        target: relativeTarget(sheetPath, path),
      });
      types = withOverride(types, path, CONTENT_TYPES.comments);
    }
    pkg.write(path, comments);
  }

  // The VML drawing named by the sheet's <legacyDrawing>.
  const doc = edit.sheet(entry);
  const legacy = doc.child("legacyDrawing");
  const vmlId = legacy ? attribute(legacy, "r:id") : undefined;
  const vmlRel = parseRelationships(rels).find((r) => r.id === vmlId);
  const vmlPath = vmlRel ? resolveTarget(sheetPath, vmlRel.target) : undefined;
  let vml = vmlPath ? pkg.read(vmlPath) : undefined;
  const cells = [...notes.keys()].map((ref) => ({
    ref,
    at: parseAddress(ref) as { row: number; column: number },
  }));
  const removed = cells.filter((c) => notes.get(c.ref) === null).map((c) => c.at);
  const added = cells.filter((c) => notes.get(c.ref) !== null).map((c) => c.at);
  if (vml === undefined) {
    if (count === 0) {
      finishRels(edit, relsPath, rels, types);
      return;
    }
    vml = emptyNoteVml(nextIdBlock(edit));
  }
  let nextVml = withoutNoteShapes(vml, removed);
  nextVml = withNoteShapes(
    nextVml,
    added.filter((a) => !hasNoteShape(nextVml, a.row, a.column)),
  );
  if (vmlPath && vmlRel && hasNoShapes(nextVml) && count === 0) {
    pkg.remove(vmlPath);
    rels = withoutRelationship(rels as string, vmlRel.id);
    doc.setChild("legacyDrawing", undefined);
  } else if (vmlPath) {
    if (nextVml !== vml) pkg.write(vmlPath, nextVml);
  } else {
    const newPath = pkg.freeName(folderOf(sheetPath, "drawings"), "vmlDrawing", "vml");
    pkg.write(newPath, nextVml);
    const id = nextRelId(parseRelationships(rels));
    rels = withRelationship(rels, {
      id,
      type: edit.relType("vmlDrawing"),
      target: relativeTarget(sheetPath, newPath),
    });
    types = withDefault(types, "vml", CONTENT_TYPES.vml);
    doc.setChild(
      "legacyDrawing",
      `<${doc.prefix}legacyDrawing xmlns:r="${edit.relNs}" r:id="${id}"/>`,
    );
  }
  finishRels(edit, relsPath, rels, types);
}

function finishRels(
  edit: PackageEdit,
  relsPath: string,
  rels: string | undefined,
  types: string,
): void {
  const { pkg } = edit;
  if (rels !== undefined && rels !== pkg.read(relsPath)) pkg.write(relsPath, rels);
  if (types !== pkg.read("[Content_Types].xml")) pkg.write("[Content_Types].xml", types);
}

/** "xl/comments" beside "xl/worksheets/sheet1.xml"'s folder. */
function folderOf(sheetPath: string, name: string): string {
  const parts = sheetPath.split("/");
  return [...parts.slice(0, -2), name].join("/");
}

/** One past the highest VML id block in the package (each drawing claims its own). */
function nextIdBlock(edit: PackageEdit): number {
  let max = 0;
  for (const name of edit.pkg.names()) {
    if (!name.toLowerCase().endsWith(".vml")) continue;
    max = Math.max(max, ...idBlocks(edit.pkg.read(name) ?? ""));
  }
  return max + 1;
}
