import { unitKey } from "../../../engine/consolidate/unitNames";
import { finding, type Finding } from "../../../engine/findings/finding";
import { PERIOD_LABELS, type PeriodId } from "../../../engine/model/period";
import { fileSlug } from "../../demo/fileSlug";
import { readDistributionSource, type DistributionSource } from "../distributionSource";
import { targetsFingerprint } from "../identity";
import { wardRows, type WardRow } from "../wardRows";
import type { ReturnedFile } from "./returnedFile";
import type { TrackerRow } from "./tracker";

/** Why a file was left out of the consolidation. */
export type Rejection = "other_parent" | "unexpected_unit" | "other_period" | "superseded";

export interface SettledFile {
  returned: ReturnedFile;
  /** Its place among the inputs. */
  index: number;
  /** The sub-unit the file reports for: its identity's, else its title's. */
  unit?: string;
  rejected?: Rejection;
  /** For a superseded file: the file that replaced it. */
  replacedBy?: string;
}

export interface Settlement {
  /** Every file in input order, with what became of it. */
  files: SettledFile[];
  /** The files to consolidate, one per sub-unit at most, in input order. */
  accepted: SettledFile[];
  /** The sub-units expected: the parent's list, else those the files name. */
  expected: string[];
  parent?: string;
  /** The period and year the returns are for (the identities' own, or asked). */
  period?: PeriodId;
  year?: number;
  findings: Finding[];
  /**
   * The tracker's rows of an earlier collection into the same workbook (the pane's: the files
   * it took are sheets there now), as given; see `SettleOptions.earlier`.
   */
  earlier: TrackerRow[];
  /** Earlier files a newer one replaces (the pane deletes their sheets), by sub-unit. */
  replacedEarlier: EarlierReplaced[];
}

/** A file an earlier collection took, replaced by one of today's (`again`: the same file). */
export interface EarlierReplaced {
  unit: string;
  file: string;
  /** Its sheet in the workbook. */
  sheet?: string;
  by: string;
  again?: true;
}

const sheetOf = (row: TrackerRow | undefined) => (row?.sheet ? { sheet: row.sheet } : {});

export interface SettleOptions {
  period?: PeriodId;
  /**
   * What an earlier collection into the same workbook took, sub-unit by sub-unit (its tracker's
   * rows): a file taken then competes with today's files for its sub-unit by the time saved, as
   * two files picked together do, so a corrected file replaces that sub-unit's figures only and
   * an older one picked again is named, not taken.
   */
  earlier?: readonly TrackerRow[];
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** "20/7/2023 14:30", for messages; "không rõ" when the file does not say. */
function savedText(iso: string | undefined): string {
  if (!iso) return "không rõ";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

function codesDiffering(given: ReturnedFile["given"], now: readonly WardRow[]): string[] {
  const current = new Map(now.map((r) => [r.code ?? r.name, r]));
  const out: string[] = [];
  for (const g of given) {
    const r = current.get(g.code ?? g.name);
    const key = g.code ?? g.name;
    if (!r) out.push(key);
    else if (
      JSON.stringify([g.target, g.targetMax, g.baseline]) !==
      JSON.stringify([r.target, r.targetMax, r.baseline])
    )
      out.push(key);
  }
  for (const r of now) {
    if (!given.some((g) => (g.code ?? g.name) === (r.code ?? r.name))) out.push(r.code ?? r.name);
  }
  return out;
}

/** A file whose name is another expected sub-unit's ("phuong-tan-hung-…" carrying Tân Phong's). */
function namedFor(file: string, unit: string, expected: readonly string[]): string | undefined {
  const name = fileSlug(file.split(/[\\/]/).pop() ?? file);
  if (name.includes(fileSlug(unit))) return undefined;
  return expected
    .filter((u) => unitKey(u) !== unitKey(unit))
    .sort((a, b) => fileSlug(b).length - fileSlug(a).length)
    .find((u) => name.includes(fileSlug(u)));
}

const savedTime = (f: { savedAt?: string | undefined }) => Date.parse(f.savedAt ?? "");

/** Two files whose saved times do not tell which is newer (the same, or one unknown). */
function savedTogether(a: { savedAt?: string }, b: { savedAt?: string }): boolean {
  const x = savedTime(a);
  const y = savedTime(b);
  return Number.isNaN(x) || Number.isNaN(y) || x === y;
}

/** The newest of one sub-unit's files: by the time saved, else the later in input order. */
function newest<T extends { savedAt?: string | undefined }>(files: readonly T[]): T {
  return files.reduce((best, f) => {
    const a = savedTime(best);
    const b = savedTime(f);
    if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return b > a ? f : best;
    return f;
  });
}

interface Context {
  source?: DistributionSource;
  parent?: string;
  expectedKeys?: Set<string>;
  expected: string[];
  period?: PeriodId;
  year?: number;
}

function checkIdentified(settled: SettledFile, ctx: Context, findings: Finding[]): void {
  const r = settled.returned;
  const identity = r.identity;
  if (!identity) return;
  const file = r.file;
  const sheet = r.sheet;
  if (ctx.parent && unitKey(identity.parent) !== unitKey(ctx.parent)) {
    settled.rejected = "other_parent";
    findings.push(
      finding("return_other_parent", { file, given: identity.parent, parent: ctx.parent }, {}),
    );
    return;
  }
  if (ctx.expectedKeys && !ctx.expectedKeys.has(unitKey(identity.unit))) {
    settled.rejected = "unexpected_unit";
    const params = { file, unit: identity.unit, parent: ctx.parent ?? "" };
    findings.push(finding("return_unexpected_unit", params, { ...(sheet ? { sheet } : {}) }));
    return;
  }
  if (identity.period !== ctx.period || identity.year !== ctx.year) {
    settled.rejected = "other_period";
    const expected = ctx.period ?? "year";
    const params = {
      file,
      unit: identity.unit,
      period: PERIOD_LABELS.vi[identity.period].toLocaleLowerCase("vi"),
      periodEn: PERIOD_LABELS.en[identity.period].toLocaleLowerCase("en"),
      year: String(identity.year),
      expected: PERIOD_LABELS.vi[expected].toLocaleLowerCase("vi"),
      expectedEn: PERIOD_LABELS.en[expected].toLocaleLowerCase("en"),
      expectedYear: String(ctx.year ?? identity.year),
    };
    const where = {
      ...(sheet ? { sheet } : {}),
      ...(r.stated.periodCell ? { cell: r.stated.periodCell } : {}),
    };
    findings.push(finding("return_other_period", params, where));
    return;
  }
  const stated = r.stated.unit;
  if (stated !== undefined && unitKey(stated) !== unitKey(identity.unit)) {
    const where = {
      ...(sheet ? { sheet } : {}),
      ...(r.stated.unitCell ? { cell: r.stated.unitCell } : {}),
    };
    findings.push(finding("return_unit_retitled", { file, unit: identity.unit, stated }, where));
  }
  const named = namedFor(file, identity.unit, ctx.expected);
  if (named)
    findings.push(finding("return_named_for_other", { file, named, unit: identity.unit }, {}));
  if (ctx.source && ctx.parent && r.identityFrom === "sheet") {
    const now = wardRows(ctx.source, identity.unit);
    const who = {
      parent: ctx.parent,
      unit: identity.unit,
      year: identity.year,
      period: identity.period,
    };
    if (targetsFingerprint(who, now) !== identity.fingerprint) {
      const codes = codesDiffering(r.given, now);
      const params = {
        file,
        issued: savedText(identity.issued).replace(/ \d\d:\d\d UTC$/, ""),
        parent: ctx.parent,
        codes: codes.slice(0, 8).join(", ") + (codes.length > 8 ? ` (+${codes.length - 8})` : ""),
        unit: identity.unit,
      };
      findings.push(finding("return_older_plan", params, { ...(sheet ? { sheet } : {}) }));
    }
  }
}

/**
 * Settles what came back: each file known by what it carries (its identity), never by its name.
 * A file given by another parent, for a sub-unit not on the list or for another period is left
 * out with a finding; of two files for one sub-unit the newest by the time it was saved is
 * consolidated and the other named; a file given from an older plan is consolidated with a
 * warning. Files without an identity are consolidated as before, by the unit their title names.
 */
export function settleReturns(
  returns: readonly ReturnedFile[],
  parentSnapshot?: Parameters<typeof readDistributionSource>[0],
  options: SettleOptions = {},
): Settlement {
  const source = parentSnapshot ? readDistributionSource(parentSnapshot) : undefined;
  const identities = returns.flatMap((r) => (r.identity ? [r.identity] : []));
  const parent = source?.parent ?? mostCommon(identities.map((i) => i.parent));
  const period = options.period ?? mostCommon(identities.map((i) => i.period));
  const year = mostCommon(identities.map((i) => i.year)) ?? source?.year;
  const listed = source && source.units.length > 0 ? source.units : undefined;
  const expected = listed ?? [
    ...new Map(
      returns
        .map((r) => r.identity?.unit ?? r.stated.unit)
        .filter((u): u is string => !!u)
        .map((u) => [unitKey(u), u]),
    ).values(),
  ];
  const ctx: Context = {
    ...(source ? { source } : {}),
    ...(parent ? { parent } : {}),
    ...(listed ? { expectedKeys: new Set(listed.map(unitKey)) } : {}),
    expected,
    ...(period ? { period } : {}),
    ...(year === undefined ? {} : { year }),
  };
  const findings: Finding[] = [];
  const files: SettledFile[] = returns.map((returned, index) => {
    const unit = returned.identity?.unit ?? returned.stated.unit;
    return { returned, index, ...(unit === undefined ? {} : { unit }) };
  });
  for (const settled of files) {
    findings.push(...settled.returned.findings);
    if (settled.returned.identity) checkIdentified(settled, ctx, findings);
    else if (identities.length > 0) {
      findings.push(finding("return_without_identity", { file: settled.returned.file }, {}));
    }
  }
  // Two files for one sub-unit: the newest stands, the others are named.
  const byUnit = new Map<string, SettledFile[]>();
  for (const f of files) {
    if (f.rejected || f.unit === undefined) continue;
    const key = unitKey(f.unit);
    byUnit.set(key, [...(byUnit.get(key) ?? []), f]);
  }
  // A file an earlier collection took is the first of its sub-unit's: a tie goes to today's.
  const earlier = new Map(
    (options.earlier ?? []).filter((r) => r.file).map((r) => [unitKey(r.unit), r]),
  );
  const replacedEarlier: Settlement["replacedEarlier"] = [];
  for (const [key, group] of byUnit) {
    const before = earlier.get(key);
    if (group.length < 2 && !before) continue;
    type Entry = { savedAt?: string; file: string; settled?: SettledFile };
    const entries: Entry[] = [
      ...(before?.file
        ? [{ file: before.file, ...(before.savedAt ? { savedAt: before.savedAt } : {}) }]
        : []),
      ...group.map((f) => ({
        file: f.returned.file,
        settled: f,
        ...(f.returned.savedAt ? { savedAt: f.returned.savedAt } : {}),
      })),
    ];
    const kept = newest(entries);
    for (const entry of entries) {
      if (entry === kept) continue;
      const unit = entry.settled?.unit ?? before?.unit ?? "";
      // The file taken before, picked again: its sheet is written again, nothing replaced.
      const again = !entry.settled && entry.file === kept.file && entry.savedAt === kept.savedAt;
      if (again) {
        replacedEarlier.push({
          unit,
          file: entry.file,
          ...sheetOf(before),
          by: kept.file,
          again: true,
        });
        continue;
      }
      const params = {
        file: entry.file,
        saved: savedText(entry.savedAt),
        newer: kept.file,
        newerSaved: savedText(kept.savedAt),
        unit,
      };
      // Saved at the same time (openpyxl keeps the time of the file it opened): say the pick.
      const together = entry.settled !== undefined && savedTogether(entry, kept);
      findings.push(finding(together ? "returns_saved_together" : "return_superseded", params, {}));
      if (!entry.settled) {
        replacedEarlier.push({ unit, file: entry.file, ...sheetOf(before), by: kept.file });
        continue;
      }
      const f = entry.settled;
      f.rejected = "superseded";
      f.replacedBy = kept.file;
    }
  }
  return {
    files,
    accepted: files.filter((f) => !f.rejected),
    expected,
    ...(parent ? { parent } : {}),
    ...(period ? { period } : {}),
    ...(year === undefined ? {} : { year }),
    findings,
    earlier: [...(options.earlier ?? [])],
    replacedEarlier,
  };
}
