import { unitKey } from "../../../engine/consolidate/unitNames";
import type { Finding } from "../../../engine/findings/finding";
import type { Settlement, SettledFile, Rejection } from "./settleReturns";

import type { SubmissionStatus } from "./submissionStatus";

export type { SubmissionStatus };

export interface TrackerRow {
  unit: string;
  status: SubmissionStatus;
  /** The file consolidated for it. */
  file?: string;
  /** The sheet its figures are on in the open workbook (the pane's collection). */
  sheet?: string;
  savedAt?: string;
  filled?: number;
  total?: number;
  errors: number;
  warnings: number;
  /** Files it replaced (sent earlier). */
  replaced: string[];
  /** Its files left out, and why. */
  rejected: Array<{ file: string; why: Rejection }>;
  /** Not on the parent's list, but reported (a file without identity naming it). */
  unlisted?: true;
}

/** The findings about one file: named in them, or on a sheet it gave. */
function countsOf(f: SettledFile, findings: readonly Finding[]) {
  const r = f.returned;
  const own = findings.filter(
    (x) => x.params.file === r.file || (x.sheet !== undefined && r.sheets.includes(x.sheet)),
  );
  return {
    errors: own.filter((x) => x.severity === "error").length,
    warnings: own.filter((x) => x.severity === "warning").length,
  };
}

/**
 * One row per expected sub-unit, in the parent's order: its file if one was consolidated (when
 * saved, how much filled, its errors and warnings: the findings naming the file or on its
 * sheets), the files it replaced or that were left out; then any sub-unit reported that the
 * list does not name.
 */
export function trackerRows(
  settlement: Settlement,
  /** The findings of the collection and of the consolidation of the files accepted. */
  findings: readonly Finding[] = settlement.findings,
): TrackerRow[] {
  const rows = new Map<string, TrackerRow>();
  const row = (unit: string, unlisted: boolean) => {
    const key = unitKey(unit);
    let out = rows.get(key);
    if (!out) {
      out = {
        unit,
        status: "missing",
        errors: 0,
        warnings: 0,
        replaced: [],
        rejected: [],
        ...(unlisted ? { unlisted: true as const } : {}),
      };
      rows.set(key, out);
    }
    return out;
  };
  for (const unit of settlement.expected) row(unit, false);
  // What an earlier collection took stands until a newer file replaces it.
  const replaced = new Map(settlement.replacedEarlier.map((r) => [unitKey(r.unit), r]));
  for (const before of settlement.earlier) {
    if (!before.file) continue;
    const target = row(before.unit, !rows.has(unitKey(before.unit)));
    const by = replaced.get(unitKey(before.unit));
    if (!by) {
      const { unit: _unit, unlisted: _unlisted, rejected: _rejected, ...taken } = before;
      Object.assign(target, taken);
    } else target.replaced.push(...before.replaced, ...(by.again ? [] : [before.file]));
  }
  for (const f of settlement.files) {
    if (f.unit === undefined) continue;
    const accepted = !f.rejected;
    // A file left out for not being on the list, or of another parent, has no row to go on.
    const listed = rows.has(unitKey(f.unit));
    if (!listed && !accepted) continue;
    const target = row(f.unit, !listed);
    const r = f.returned;
    if (accepted) {
      const counts = countsOf(f, findings);
      target.status = counts.errors > 0 ? "errors" : r.filled < r.total ? "incomplete" : "complete";
      target.file = r.file;
      if (r.savedAt) target.savedAt = r.savedAt;
      target.filled = r.filled;
      target.total = r.total;
      target.errors = counts.errors;
      target.warnings = counts.warnings;
    } else if (f.rejected === "superseded") target.replaced.push(r.file);
    else if (f.rejected) target.rejected.push({ file: r.file, why: f.rejected });
  }
  return [...rows.values()];
}
