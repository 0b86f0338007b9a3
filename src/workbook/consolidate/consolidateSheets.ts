import type { Language } from "../../engine/model/status";
import { sameSheetName } from "../templates/sheetName";
import { foldText } from "../../engine/text/normalize";
import type { PeriodId } from "../../engine/model/period";
import type { WorkbookSnapshot } from "../snapshot";
import { consolidateWorkbooks, type WorkbookConsolidation } from "./consolidateWorkbooks";
import { consolidationSheets, type ConsolidationSheets } from "./consolidationSheets";
import { isOwnConsolidationSheet, mayBeOwnOutput } from "./ownedSheets";

/** A consolidation of sheets of the open workbook, as the pane's Tổng hợp tab asks for it. */
export interface SheetConsolidationRequest {
  /** The sub-units' sheets (one sub-unit each, several tables, or a wide sheet). */
  unitSheets: string[];
  /** The parent's plan sheet: its targets, rules and own figures. */
  parentSheet?: string;
  /** Every sheet in the workbook now, in tab order. */
  sheetNames: string[];
  lang: Language;
  /** Overrides the period the sub-units' titles give. */
  period?: PeriodId;
  /** The at-risk band below pace (0.1 = 10%), as the pane's check uses. */
  atRiskTolerance?: number;
}

export interface SheetConsolidation {
  result: WorkbookConsolidation;
  output: ConsolidationSheets;
  /** Earlier output of the add-in, deleted and written again. */
  replaced: string[];
}

/** "Giao CT 2023 - Quận 7", "Phân bổ chỉ tiêu", "Allocation": the parent's allocation sheet. */
export function mayBeAllocation(name: string): boolean {
  return /^(giao ct|giao chi tieu|phan bo|allocation)/.test(foldText(name));
}

function chosenSheets(request: SheetConsolidationRequest): string[] {
  return [...request.unitSheets, ...(request.parentSheet ? [request.parentSheet] : [])];
}

/** Allocation sheets read with the parent's: whom it expects and what it gave each. */
function allocationSheets(request: SheetConsolidationRequest): string[] {
  if (!request.parentSheet) return [];
  const chosen = chosenSheets(request);
  return request.sheetNames.filter(
    (name) => mayBeAllocation(name) && !chosen.some((c) => sameSheetName(c, name)),
  );
}

/**
 * The sheets one read must fetch: the sub-units', the parent's with its allocation sheets, and
 * those whose names say they may be an earlier run's output (their notice decides; see
 * ownedSheets.ts).
 */
export function sheetsToRead(request: SheetConsolidationRequest): string[] {
  const chosen = chosenSheets(request);
  const candidates = request.sheetNames.filter(
    (name) => mayBeOwnOutput(name) && !chosen.some((c) => sameSheetName(c, name)),
  );
  return [...chosen, ...allocationSheets(request), ...candidates];
}

/**
 * Consolidates the chosen sheets of a workbook read by `sheetsToRead`, and the change set that
 * writes the output: the add-in's earlier output is replaced, any other sheet is left alone and
 * the new sheets take free names beside it. A chosen sheet is never replaced, even when it is
 * an earlier output (consolidating a consolidation is the user's choice).
 */
export function consolidateSheets(
  snapshot: WorkbookSnapshot,
  request: SheetConsolidationRequest,
): SheetConsolidation {
  const byName = (name: string) => snapshot.sheets.find((s) => sameSheetName(s.name, name));
  const pick = (names: readonly string[]) =>
    names.flatMap((name) => {
      const sheet = byName(name);
      return sheet ? [{ sheets: [sheet] }] : [];
    });
  const units = pick(request.unitSheets);
  // The parent's plan first: its first plan table is the one whose targets stand.
  const parentSheets = request.parentSheet
    ? pick([request.parentSheet, ...allocationSheets(request)]).flatMap((book) => book.sheets)
    : [];
  const parent = parentSheets.length > 0 ? { sheets: parentSheets } : undefined;
  const result = consolidateWorkbooks(units, parent, {
    lang: request.lang,
    ...(request.period ? { period: request.period } : {}),
    ...(request.atRiskTolerance === undefined ? {} : { atRiskTolerance: request.atRiskTolerance }),
  });
  const chosen = chosenSheets(request);
  const replaced = snapshot.sheets
    .filter((s) => !chosen.some((c) => sameSheetName(c, s.name)) && isOwnConsolidationSheet(s))
    .map((s) => s.name);
  const output = consolidationSheets(result, {
    lang: request.lang,
    existingSheets: request.sheetNames,
    replaceSheets: replaced,
    ...(result.parentUnit === undefined ? {} : { parentUnit: result.parentUnit }),
  });
  return { result, output, replaced };
}
