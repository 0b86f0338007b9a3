import { unitKey } from "../../../engine/consolidate/unitNames";
import type { Settlement, SettledFile, Rejection } from "./settleReturns";

/** Where a sub-unit's report stands (the tracker's "Tình trạng"). */
export type SubmissionStatus = "complete" | "incomplete" | "errors" | "missing";

export interface TrackerRow {
  unit: string;
  status: SubmissionStatus;
  /** The file consolidated for it. */
  file?: string;
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

function statusOf(f: SettledFile): SubmissionStatus {
  const r = f.returned;
  if (r.errors > 0) return "errors";
  return r.filled < r.total ? "incomplete" : "complete";
}

/**
 * One row per expected sub-unit, in the parent's order: its file if one was consolidated (when
 * saved, how much filled, its errors and warnings), the files it replaced or that were left out;
 * then any sub-unit reported that the list does not name.
 */
export function trackerRows(settlement: Settlement): TrackerRow[] {
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
  for (const f of settlement.files) {
    if (f.unit === undefined) continue;
    const accepted = !f.rejected;
    // A file left out for not being on the list, or of another parent, has no row to go on.
    const listed = rows.has(unitKey(f.unit));
    if (!listed && !accepted) continue;
    const target = row(f.unit, !listed);
    const r = f.returned;
    if (accepted) {
      target.status = statusOf(f);
      target.file = r.file;
      if (r.savedAt) target.savedAt = r.savedAt;
      target.filled = r.filled;
      target.total = r.total;
      target.errors = r.errors;
      target.warnings = r.warnings;
    } else if (f.rejected === "superseded") target.replaced.push(r.file);
    else if (f.rejected) target.rejected.push({ file: r.file, why: f.rejected });
  }
  return [...rows.values()];
}
