import { ProtectedSheets } from "../../workbook/changeProblems";
import type { Change } from "../../workbook/changeSet";
import { sameSheet } from "./addresses";
import type { WriteOp } from "./batchScope";
import { chartOp } from "./chartOps";
import { conditionalFormatOp } from "./conditionalFormatOps";
import { entryValidationOp } from "./entryValidationOps";
import { NOTES_REQUIREMENT, type HostFeatures } from "./features";
import { formulasOps } from "./formulaOps";
import { columnWidthsOp, freezeOp, listValidationOp, printOp } from "./layoutOps";
import { rowHeightsOp } from "./rowHeights";
import { noteOp, type NoteState } from "./noteOps";
import { noteKey, type Probe } from "./probe";
import { customPropertiesOp } from "./propertiesOps";
import { protectSheetOp } from "./protectionOps";
import { activateOp, addSheetOp, deleteSheetOp, hideSheetOp } from "./sheetOps";
import { styleOp } from "./styleOps";
import { clearOp, mergeOp, valuesOps } from "./valueOps";

export interface Skipped {
  change: Change;
  /** The requirement set the host lacks, e.g. "ExcelApi 1.9"; or what the cell would need. */
  requirement: string;
  /**
   * "userComment": the cell holds a person's threaded comment, which the add-in never edits or
   * deletes (and a note can't go beside it); the finding stays in the pane's list.
   */
  reason?: "userComment";
}

export interface Plan {
  ops: WriteOp[];
  skipped: Skipped[];
}

/**
 * Turns a change set into queued operations, in order, without touching Excel. Everything that
 * can be checked before writing is checked here (bad addresses, sheets that don't exist, a
 * sheet added twice), so a bad change set fails before its first request, not half-way.
 */
export function planChanges(
  changes: Change[],
  features: HostFeatures,
  probe: Probe | undefined,
  budget: number,
): Plan {
  const order = probe?.sheets ? [...probe.sheets] : undefined;
  const notes = new Map<string, NoteState>();
  /** Sheets this change set deletes or adds: their old notes are gone. */
  const fresh = new Set<string>();
  const ops: WriteOp[] = [];
  const skipped: Skipped[] = [];
  const has = (sheet: string) => order !== undefined && order.some((s) => sameSheet(s, sheet));
  const requireSheet = (sheet: string) => {
    if (order && !has(sheet)) throw new Error(`Sheet "${sheet}" is not in the workbook`);
  };

  const protectedSheets = new ProtectedSheets();
  for (const change of changes) {
    const afterProtect = protectedSheets.check(change);
    if (afterProtect) throw new Error(`Change ${change.kind}: ${afterProtect}`);
    switch (change.kind) {
      case "addSheet": {
        if (has(change.sheet)) throw new Error(`Sheet "${change.sheet}" already exists`);
        const position = positionAfter(order, change.after);
        ops.push(addSheetOp(change.sheet, position));
        order?.splice(position ?? order.length, 0, change.sheet);
        forgetNotes(notes, fresh, change.sheet);
        break;
      }
      case "deleteOwnSheet":
        // Deleting what is already gone is done: the caller only wants it gone.
        if (order && !has(change.sheet)) break;
        ops.push(deleteSheetOp(change.sheet));
        order?.splice(
          order.findIndex((s) => sameSheet(s, change.sheet)),
          1,
        );
        forgetNotes(notes, fresh, change.sheet);
        break;
      case "values":
        requireSheet(change.sheet);
        ops.push(...valuesOps(change, budget));
        break;
      case "style":
        requireSheet(change.sheet);
        ops.push(styleOp(change));
        break;
      case "clear":
        requireSheet(change.sheet);
        ops.push(clearOp(change));
        break;
      case "merge":
        requireSheet(change.sheet);
        ops.push(mergeOp(change));
        break;
      case "note": {
        requireSheet(change.sheet);
        const key = noteKey(change.sheet, change.cell);
        const isFresh = fresh.has(change.sheet.toLocaleUpperCase());
        if (!isFresh && !notes.has(key) && probe?.notes.get(key)?.userComment) {
          skipped.push({
            change,
            requirement: "a cell without a threaded comment",
            reason: "userComment",
          });
          break;
        }
        // Without notes the change set puts findings beside the table instead (findingPlaces.ts):
        // a note that still comes is reported, never turned into a threaded comment.
        if (!features.notes) {
          skipped.push({ change, requirement: NOTES_REQUIREMENT });
          break;
        }
        const before = notes.get(key) ?? (isFresh ? { exists: false } : fromProbe(probe, key));
        const { op, state } = noteOp(change, before);
        if (op) ops.push(op);
        notes.set(key, state);
        break;
      }
      case "columnWidths":
        requireSheet(change.sheet);
        ops.push(columnWidthsOp(change));
        break;
      case "rowHeights":
        requireSheet(change.sheet);
        ops.push(rowHeightsOp(change));
        break;
      case "freeze":
        requireSheet(change.sheet);
        ops.push(freezeOp(change));
        break;
      case "listValidation":
        requireSheet(change.sheet);
        ops.push(listValidationOp(change));
        break;
      case "print":
        requireSheet(change.sheet);
        ops.push(printOp(change));
        break;
      case "hideSheet":
        requireSheet(change.sheet);
        ops.push(hideSheetOp(change));
        break;
      case "activate":
        requireSheet(change.sheet);
        ops.push(activateOp(change));
        break;
      case "chart":
        requireSheet(change.sheet);
        ops.push(chartOp(change));
        break;
      case "formulas":
        requireSheet(change.sheet);
        ops.push(...formulasOps(change, budget));
        break;
      case "conditionalFormat":
        requireSheet(change.sheet);
        ops.push(conditionalFormatOp(change));
        break;
      case "protectSheet":
        requireSheet(change.sheet);
        ops.push(protectSheetOp(change));
        break;
      case "documentProperties":
        ops.push(customPropertiesOp(change));
        break;
      case "entryValidation":
        requireSheet(change.sheet);
        ops.push(entryValidationOp(change));
        break;
      default: {
        const unknown: never = change;
        throw new Error(`Unknown change ${JSON.stringify(unknown)}`);
      }
    }
  }
  return { ops, skipped };
}

/** The 0-based tab index just after `after`, or undefined for "at the end". */
function positionAfter(order: string[] | undefined, after: string | undefined): number | undefined {
  if (after === undefined || !order) return undefined;
  const index = order.findIndex((s) => sameSheet(s, after));
  if (index < 0) throw new Error(`Sheet "${after}" is not in the workbook`);
  return index + 1;
}

function fromProbe(probe: Probe | undefined, key: string): NoteState {
  const found = probe?.notes.get(key);
  return { exists: found !== undefined };
}

/** A sheet deleted or added anew has no notes: its cells start over. */
function forgetNotes(notes: Map<string, NoteState>, fresh: Set<string>, sheet: string): void {
  const prefix = `${sheet.toLocaleUpperCase()}!`;
  for (const key of [...notes.keys()]) if (key.startsWith(prefix)) notes.delete(key);
  fresh.add(sheet.toLocaleUpperCase());
}
