import type { Comment, Workbook } from "exceljs";
import { firstVisibleSheet, setActiveSheet } from "./activeSheet";
import { disjointMerges } from "./disjointMerges";
import { dataValidationModel, mergeDisjointAreas, type LoadComment } from "./exceljsInternals";
import type { LoadFacts } from "./loadHooks";
import { refusal } from "./openErrorMessages";
import { restoreValidations } from "./validationPlaceholders";

/** Refuses a load that read past sheets it should have read (non-standard part names). */
export function checkLoaded(workbook: Workbook, facts: LoadFacts, fileName?: string): void {
  if (!facts.hooked) {
    if (workbook.worksheets.length === 0) throw refusal("no_workbook_part", fileName);
    return;
  }
  if (!facts.workbookFound) throw refusal("no_workbook_part", fileName);
  const lost = facts.sheets.filter((s) => s.kind === "worksheet" && !s.loaded);
  if (lost.length > 0) {
    throw refusal(
      "missing_sheet_parts",
      fileName,
      `worksheet parts not found: ${lost.map((s) => s.name).join(", ")}`,
    );
  }
}

/**
 * Puts back what the load hooks took out (merges, data validations' ranges, notes on cells
 * the file does not list), and points the
 * active tab at the same sheet as in the file: its index counted chart sheets, which ExcelJS
 * drops.
 */
export function finishLoad(workbook: Workbook, facts: LoadFacts): void {
  if (!facts.hooked) return;
  for (const worksheet of workbook.worksheets) {
    const merges = facts.merges.get(worksheet.id);
    if (merges && merges.length > 0) mergeDisjointAreas(worksheet, disjointMerges(merges));
    const areas = facts.validations.get(worksheet.id);
    if (areas) restoreValidations(dataValidationModel(worksheet), areas);
    for (const comment of facts.looseNotes.get(worksheet.id) ?? []) {
      worksheet.getCell(comment.ref as string).note = noteValue(comment);
    }
  }
  const listedActive = facts.sheets[facts.activeTab]?.name;
  const active = workbook.worksheets.some((s) => s.name === listedActive)
    ? listedActive
    : firstVisibleSheet(workbook);
  const fallback = workbook.worksheets[0]?.name;
  if (active ?? fallback) setActiveSheet(workbook, (active ?? fallback) as string);
}

/** A note as ExcelJS's Note.fromModel makes it: plain text when it is one plain run. */
function noteValue(comment: LoadComment): string | Comment {
  const texts = comment.note?.texts ?? [];
  if (texts.length === 1 && Object.keys(texts[0]).length === 1) return texts[0].text ?? "";
  return comment.note as unknown as Comment;
}
