import { unitKey } from "../../engine/consolidate/unitNames";
import type { Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { ImportUnsupportedError, type WorkbookGateway } from "../../hosts/gateway";
import { ImportRefusedError, type ImportRefusal } from "../../hosts/importRefusal";
import { changeSet, type Change } from "../../workbook/changeSet";
import { mayBeAddInOutput, mayBeTracker } from "../../workbook/consolidate/ownedSheets";
import type { UnitTables } from "../../workbook/consolidate/unitTables";
import {
  collectAfter,
  consolidateCollection,
  trackerChanges,
  type Collection,
} from "../../workbook/distribute/collect/collectReturns";
import { readTracker } from "../../workbook/distribute/collect/readTracker";
import { inspectReturn, type ReturnedFile } from "../../workbook/distribute/collect/returnedFile";
import type { Rejection } from "../../workbook/distribute/collect/settleReturns";
import type { TrackerRow } from "../../workbook/distribute/collect/tracker";
import { DISTRIBUTE_TEXT } from "../../workbook/distribute/distributeText";
import { IDENTITY_SHEET } from "../../workbook/distribute/identity";
import { sameSheetName } from "../../workbook/templates/sheetName";
import { asPaneError, step, type PaneError } from "../gateway/paneError";
import { looksLikeXlsx, type PickedFile } from "./importFiles";

export interface CollectRequest {
  /** The parent's plan sheet chosen in the tab: the files are settled against it. */
  parentSheet?: string;
  /** Every sheet in the workbook now, in tab order. */
  sheetNames: string[];
  lang: Language;
  period?: PeriodId;
  atRiskTolerance?: number;
  /**
   * Called after each picked file is read, then after each taken file's sheet is inserted; the
   * page may paint between two calls (168 files take seconds).
   */
  onProgress?: (progress: CollectProgress) => void;
}

/** How far a collection has got: files read, or taken files' sheets inserted, of how many. */
export interface CollectProgress {
  step: "reading" | "inserting";
  done: number;
  total: number;
}

/** Lets the page paint between two files. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What became of one picked file. */
export type CollectedFile =
  /** Taken: its report sheet is in the workbook now, under `sheet`. */
  | { file: string; kind: "taken"; unit: string; sheet: string }
  /** Left out (another parent, period, a sub-unit off the list, or a newer file replaced it). */
  | { file: string; kind: "left"; unit?: string; why: Rejection; replacedBy?: string }
  /** Not an .xlsx workbook, or one that cannot be read: the reader's reason. */
  | { file: string; kind: "unreadable"; reason?: string }
  /** The host would refuse to insert it, or Excel failed it (its error in the pane's words). */
  | { file: string; kind: "refused"; refusal: ImportRefusal }
  | { file: string; kind: "failed"; error: PaneError };

export interface CollectOutcome {
  files: CollectedFile[];
  /** One row per expected sub-unit, as the tracker sheet has them. */
  tracker: TrackerRow[];
  trackerSheet: string;
  /** The collection's findings and those on the files taken, at the sheets they are on now. */
  findings: Finding[];
  /** The sheets the import put in, in order. */
  inserted: string[];
  /** Sheets of earlier files a newer file replaced (deleted, its sheet written in their place). */
  replacedSheets: string[];
  /** Sheets the findings may link to (those in the workbook now). */
  selectable: string[];
  /** The parent the files were settled against (the parent sheet's unit), if any. */
  parent?: string;
  /** This host cannot insert sheets (Excel for iPad): nothing was inserted or written. */
  unsupported?: string;
}

interface Picked {
  file: PickedFile;
  returned: ReturnedFile;
  units: UnitTables;
}

/** Reads each file with the .xlsx reader (loaded now) and what it carries; one that can't be read says why. */
async function inspectAll(
  files: readonly PickedFile[],
  lang: Language,
  onProgress: CollectRequest["onProgress"],
) {
  const { openWorkbook, isWorkbookOpenError } = await import("../../hosts/xlsx");
  const picked: Picked[] = [];
  const unreadable: CollectedFile[] = [];
  for (const file of files) {
    if (!looksLikeXlsx(file.bytes)) {
      unreadable.push({ file: file.name, kind: "unreadable" });
      continue;
    }
    try {
      const book = await openWorkbook(file.bytes, { fileName: file.name });
      const inspected = inspectReturn(file.name, await book.read(), picked.length);
      picked.push({ file, returned: inspected.returned, units: inspected.units });
    } catch (error) {
      if (!isWorkbookOpenError(error)) throw error;
      const reason = lang === "vi" ? error.messageVi : error.messageEn;
      unreadable.push({ file: file.name, kind: "unreadable", reason });
    }
    if (onProgress) {
      onProgress({ step: "reading", done: picked.length + unreadable.length, total: files.length });
      await nextTick();
    }
  }
  return { picked, unreadable };
}

/** The sheets of a taken file to insert: its report sheet (never the identity or the guide). */
function sheetsToInsert(returned: ReturnedFile): string[] {
  if (returned.sheet) return [returned.sheet];
  const guides = Object.values(DISTRIBUTE_TEXT).map((t) => t.guideSheet);
  return returned.sheets.filter((s) => s !== IDENTITY_SHEET && !guides.includes(s));
}

/**
 * Findings at the sheets they are on in this workbook: a taken file's sheet under the name it
 * got; a file left out keeps its own names (nothing to select there).
 */
function placed(findings: readonly Finding[], collection: Collection, given: Map<number, string>) {
  const files = collection.settlement.files;
  const taken = files.filter((f) => given.has(f.index));
  return findings.map((f) => {
    if (f.sheet === undefined) return f;
    const file = typeof f.params.file === "string" ? f.params.file : undefined;
    const owner = file
      ? files.find((x) => x.returned.file === file)
      : taken.find((x) => x.returned.sheets.includes(f.sheet as string));
    const sheet = owner ? given.get(owner.index) : undefined;
    return sheet && owner?.returned.sheet === f.sheet ? { ...f, sheet } : f;
  });
}

/** The findings to show: the collection's, and the consolidation's on the files taken. */
function ownFindings(all: readonly Finding[], collection: Collection): Finding[] {
  const taken = collection.settlement.accepted.map((f) => f.returned);
  const own = new Set(collection.settlement.findings);
  return all.filter(
    (f) =>
      own.has(f) ||
      taken.some(
        (r) => f.params.file === r.file || (f.sheet !== undefined && r.sheets.includes(f.sheet)),
      ),
  );
}

/**
 * Collects the sub-units' returned files into the open workbook, the parent's (Thu thập in the
 * pane). Each picked file is read in the page with the .xlsx reader and known by what it carries,
 * settled against the parent's plan sheet exactly as `chitieu consolidate --plan` does
 * (collectReturns, consolidateCollection): the files taken have their report sheet inserted (one
 * request a file, never the identity or guide sheet); a ward whose newer file arrives has its
 * earlier sheet replaced, and only that one; the tracker "Theo dõi nộp báo cáo" is written again
 * with every sub-unit, the earlier collection's rows kept where nothing newer came.
 * Undefined when no picked file carries an identity: those are imported as they are.
 */
export async function collectFiles(
  gateway: WorkbookGateway,
  files: readonly PickedFile[],
  request: CollectRequest,
): Promise<CollectOutcome | undefined> {
  const { picked, unreadable } = await inspectAll(files, request.lang, request.onProgress);
  if (!picked.some((p) => p.returned.identity)) return undefined;
  const insert = gateway.importSheets?.bind(gateway);
  const unsupported = (platform: string) => ({
    files: [],
    tracker: [],
    trackerSheet: "",
    findings: [],
    inserted: [],
    replacedSheets: [],
    selectable: [],
    unsupported: platform,
  });
  if (!insert) return unsupported("");

  // One read: earlier trackers (by name) to see what was taken before.
  const names = request.sheetNames;
  const trackerNames = names.filter(mayBeTracker);
  const trackers = trackerNames.length
    ? (await step("read", () => gateway.read({ sheets: trackerNames, skipNotes: true }))).sheets
    : [];
  const taken = new Set(
    trackers.flatMap((s) => readTracker(s)?.rows.flatMap((r) => (r.sheet ? [r.sheet] : [])) ?? []),
  );
  // The parent as it was distributed from: every sheet but those collections put in (their
  // figures are the wards', not the plan's) and the add-in's output; the chosen plan sheet first.
  const reportSheets = new Set(picked.flatMap((p) => (p.returned.sheet ? [p.returned.sheet] : [])));
  const parentNames = request.parentSheet
    ? names.filter(
        (name) =>
          sameSheetName(name, request.parentSheet as string) ||
          !(
            taken.has(name) ||
            reportSheets.has(name) ||
            mayBeTracker(name) ||
            mayBeAddInOutput(name)
          ),
      )
    : [];
  const parent = parentNames.length
    ? await step("read", () => gateway.read({ sheets: parentNames, skipNotes: true }))
    : undefined;
  const ordered = parent
    ? {
        ...parent,
        // The chosen plan sheet first: its plan table is the one whose targets stand.
        sheets: [
          ...parent.sheets.filter((s) => sameSheetName(s.name, request.parentSheet as string)),
          ...parent.sheets.filter((s) => !sameSheetName(s.name, request.parentSheet as string)),
        ],
      }
    : undefined;

  const returns = picked.map((p) => p.returned);
  const { collection, earlierSheet } = collectAfter(trackers, returns, ordered, request.period);
  const result = consolidateCollection(
    collection,
    picked.map((p) => p.units),
    ordered,
    {
      lang: request.lang,
      ...(request.period ? { period: request.period } : {}),
      ...(request.atRiskTolerance === undefined
        ? {}
        : { atRiskTolerance: request.atRiskTolerance }),
    },
  );

  // Earlier files a newer one replaces: their sheets go first, so the new one takes the name.
  const replacedSheets = collection.settlement.replacedEarlier.flatMap((r) =>
    r.sheet && names.some((n) => sameSheetName(n, r.sheet as string)) ? [r.sheet] : [],
  );
  if (replacedSheets.length > 0) {
    const deletes: Change[] = replacedSheets.map((sheet) => ({ kind: "deleteOwnSheet", sheet }));
    await step("write", () => gateway.apply(changeSet(deletes)));
  }

  // The taken files' report sheets, one request a file, in the order of the parent's list.
  const given = new Map<number, string>();
  const outcomes = new Map<number, CollectedFile>();
  const place = (unit: string | undefined) => {
    const at = collection.settlement.expected.findIndex(
      (u) => unit !== undefined && unitKey(u) === unitKey(unit),
    );
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const inOrder = [...collection.settlement.accepted].sort((a, b) => place(a.unit) - place(b.unit));
  for (const [n, settled] of inOrder.entries()) {
    const p = picked[settled.index];
    const file = p.file.name;
    try {
      const [sheets = []] = await insert([p.file.bytes], [file], {
        sheets: [sheetsToInsert(p.returned)],
      });
      given.set(settled.index, sheets[0] ?? "");
      outcomes.set(settled.index, {
        file,
        kind: "taken",
        unit: settled.unit ?? "",
        sheet: sheets.join(", "),
      });
    } catch (error) {
      if (error instanceof ImportUnsupportedError) return unsupported(error.platform);
      outcomes.set(
        settled.index,
        error instanceof ImportRefusedError
          ? { file, kind: "refused", refusal: error.refusal }
          : { file, kind: "failed", error: asPaneError(error, "write") },
      );
    }
    if (request.onProgress) {
      request.onProgress({ step: "inserting", done: n + 1, total: inOrder.length });
      await nextTick();
    }
  }
  // Each sub-unit's row says the sheet its figures are on now.
  for (const settled of collection.settlement.accepted) {
    const row = collection.tracker.find(
      (r) => settled.unit !== undefined && unitKey(r.unit) === unitKey(settled.unit),
    );
    const sheet = given.get(settled.index);
    if (!row) continue;
    if (sheet) row.sheet = sheet;
    else delete row.sheet;
  }

  const listed = [
    ...names.filter((n) => !replacedSheets.some((r) => sameSheetName(r, n))),
    ...given.values(),
  ];
  const tracker = trackerChanges(
    collection,
    listed.filter((n) => n !== earlierSheet),
    request.lang,
    earlierSheet,
  );
  await step("write", () => gateway.apply(changeSet(tracker.changes)));

  const fileResults: CollectedFile[] = [
    ...collection.settlement.files.map(
      (f): CollectedFile =>
        outcomes.get(f.index) ?? {
          file: f.returned.file,
          kind: "left",
          ...(f.unit === undefined ? {} : { unit: f.unit }),
          why: f.rejected ?? "superseded",
          ...(f.replacedBy ? { replacedBy: f.replacedBy } : {}),
        },
    ),
    ...unreadable,
  ];
  const inserted = inOrder.flatMap((f) =>
    given.get(f.index) ? [given.get(f.index) as string] : [],
  );
  return {
    files: fileResults,
    tracker: collection.tracker,
    trackerSheet: tracker.sheet,
    findings: placed(ownFindings(result.findings, collection), collection, given),
    inserted,
    replacedSheets,
    selectable: [...listed, tracker.sheet],
    ...(collection.settlement.parent ? { parent: collection.settlement.parent } : {}),
  };
}
