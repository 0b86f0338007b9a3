import { PERIOD_LABELS, type PeriodId } from "../../../engine/model/period";
import type { Language } from "../../../engine/model/status";
import type { Change } from "../../changeSet";
import {
  consolidateUnitTables,
  type WorkbookConsolidation,
} from "../../consolidate/consolidateWorkbooks";
import type { UnitTables } from "../../consolidate/unitTables";
import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import { uniqueSheetName } from "../../templates/sheetName";
import { readTracker, sameCollection } from "./readTracker";
import type { ReturnedFile } from "./returnedFile";
import { settleReturns, type SettleOptions, type Settlement } from "./settleReturns";
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
  options: SettleOptions = {},
): Collection {
  const settlement = settleReturns(returns, parent, options);
  return {
    settlement,
    tracker: trackerRows(settlement),
    accepted: settlement.accepted.map((f) => f.index),
  };
}

/**
 * A collection that carries on an earlier one: when a tracker sheet of the same collection
 * (parent, period, year) is in the workbook, the files it took compete with the new ones by
 * saved time and its sub-units keep their rows; a tracker of another collection stays as it is.
 */
export function collectAfter(
  trackers: readonly SheetSnapshot[],
  returns: readonly ReturnedFile[],
  parent: WorkbookSnapshot | undefined,
  period: PeriodId | undefined,
): { collection: Collection; earlierSheet?: string } {
  const first = collectReturns(returns, parent, period ? { period } : {});
  const { settlement } = first;
  const label = (lang: Language) =>
    settlement.period ? PERIOD_LABELS[lang][settlement.period] : "";
  const heading = {
    ...(settlement.parent ? { parent: settlement.parent } : {}),
    ...(settlement.year === undefined ? {} : { year: settlement.year }),
  };
  for (const sheet of trackers) {
    const earlier = readTracker(sheet);
    if (!earlier || !sameCollection(earlier, heading, label)) continue;
    const again = collectReturns(returns, parent, {
      ...(period ? { period } : {}),
      earlier: earlier.rows,
    });
    return { collection: again, earlierSheet: earlier.sheet };
  }
  return { collection: first };
}

/**
 * Consolidates the files the collection accepted (`units`: every input's tables, in input order)
 * against the parent, the sub-units expected being the collection's; then counts each file's
 * errors and warnings, the collection's and its sheets' in the consolidation, into the tracker.
 * The command line and the pane both collect this way.
 */
export function consolidateCollection(
  collection: Collection,
  units: readonly UnitTables[],
  parent: WorkbookSnapshot | undefined,
  options: { lang: Language; period?: PeriodId; atRiskTolerance?: number },
): WorkbookConsolidation {
  const { settlement } = collection;
  const period = options.period ?? settlement.period;
  const consolidated = consolidateUnitTables(
    collection.accepted.flatMap((i) => (units[i] ? [units[i]] : [])),
    parent,
    {
      lang: options.lang,
      ...(period ? { period } : {}),
      ...(options.atRiskTolerance === undefined
        ? {}
        : { atRiskTolerance: options.atRiskTolerance }),
      expectedUnits: settlement.expected,
    },
  );
  const result = { ...consolidated, findings: [...settlement.findings, ...consolidated.findings] };
  collection.tracker = trackerRows(settlement, result.findings);
  return result;
}

/**
 * The tracker sheet, named apart from `existingSheets`; `replace`: an earlier tracker of the
 * add-in's (readTracker.ts), deleted and written again under its name.
 */
export function trackerChanges(
  collection: Collection,
  existingSheets: readonly string[],
  lang: Language,
  replace?: string,
): { sheet: string; changes: Change[] } {
  const { settlement } = collection;
  const sheet =
    replace ??
    uniqueSheetName(
      TRACKER_TEXT[lang].sheet,
      existingSheets.filter((name) => name !== replace),
    );
  const changes: Change[] = replace ? [{ kind: "deleteOwnSheet", sheet: replace }] : [];
  changes.push(
    ...trackerSheet(collection.tracker, {
      sheet,
      lang,
      ...(settlement.parent ? { parent: settlement.parent } : {}),
      ...(settlement.period ? { period: settlement.period } : {}),
      ...(settlement.year === undefined ? {} : { year: settlement.year }),
    }),
  );
  return { sheet, changes };
}
