import type { PeriodId } from "../../../engine/model/period";
import type { Language } from "../../../engine/model/status";
import type { Change } from "../../changeSet";
import type { WorkbookSnapshot } from "../../snapshot";
import { uniqueSheetName } from "../../templates/sheetName";
import type { ReturnedFile } from "./returnedFile";
import { settleReturns, type Settlement } from "./settleReturns";
import { trackerRows, type TrackerRow } from "./tracker";
import { TRACKER_TEXT, trackerSheet } from "./trackerSheet";

export interface Collection {
  settlement: Settlement;
  /** From the collection's findings alone; trackerRows again once consolidated. */
  tracker: TrackerRow[];
  /** The inputs to consolidate (their places in input order), one per sub-unit at most. */
  accepted: number[];
}

/** Settles the returned files against the parent and lays out the tracker's rows. */
export function collectReturns(
  returns: readonly ReturnedFile[],
  parent?: WorkbookSnapshot,
  options: { period?: PeriodId } = {},
): Collection {
  const settlement = settleReturns(returns, parent, options);
  return {
    settlement,
    tracker: trackerRows(settlement),
    accepted: settlement.accepted.map((f) => f.index),
  };
}

/** The tracker sheet for a consolidation's output workbook, named apart from its sheets. */
export function trackerChanges(
  collection: Collection,
  existingSheets: readonly string[],
  lang: Language,
): { sheet: string; changes: Change[] } {
  const { settlement } = collection;
  const sheet = uniqueSheetName(TRACKER_TEXT[lang].sheet, existingSheets);
  const changes = trackerSheet(collection.tracker, {
    sheet,
    lang,
    ...(settlement.parent ? { parent: settlement.parent } : {}),
    ...(settlement.period ? { period: settlement.period } : {}),
    ...(settlement.year === undefined ? {} : { year: settlement.year }),
  });
  return { sheet, changes };
}
