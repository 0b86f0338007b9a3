import { finding, type Finding } from "../findings/finding";
import { excelErrorText, type RawCell } from "../model/cell";
import type { Target, TargetKind } from "../model/target";
import { parseNumberText } from "../numbers/parseNumber";
import { applyKind, parseTargetKind } from "../targets/parseTargetKind";
import { parseTargetText } from "../targets/parseTarget";
import { isNoPlanMark } from "../targets/noPlanMark";
import { cellText } from "./cellText";
import { ambiguousParams, readNumberEntry, type EntryContext } from "./numberEntry";

export interface TargetReading {
  target?: Target;
  /** The target as typed, kept for messages even when it could not be read. */
  text?: string;
  findings: Finding[];
  /** An entry was unreadable: the indicator cannot be judged. */
  invalid: boolean;
  /** The cell says there is no plan ("-", "x", "không giao"): not judged, not a mistake. */
  noPlan?: true;
}

interface TargetCells {
  target?: RawCell;
  targetMax?: RawCell;
  kind?: RawCell;
}

function readKind(
  cell: RawCell | undefined,
  sheet: string | undefined,
): {
  kind?: TargetKind;
  finding?: Finding;
} {
  const text = cellText(cell);
  if (text === "") return {};
  const kind = parseTargetKind(text);
  if (kind) return { kind };
  return { finding: finding("unknown_kind", { value: text }, { sheet, cell: cell?.address }) };
}

function readTargetCell(cell: RawCell | undefined, context: EntryContext): TargetReading {
  const text = cellText(cell);
  if (typeof cell?.value === "string" && excelErrorText(cell.value) === undefined) {
    if (isNoPlanMark(cell.value)) return { text, findings: [], invalid: false, noPlan: true };
    const parsed = parseTargetText(cell.value, context.numberStyle);
    if (parsed.ok) return { target: parsed.target, text, findings: [], invalid: false };
    if (parsed.reason === "empty") return { findings: [], invalid: false };
    const where = { sheet: context.sheet, cell: cell.address };
    if (parsed.reason === "ambiguous_number") {
      const params = ambiguousParams(parsed.number, parsed.asVi, parsed.asEn);
      return { text, findings: [finding("ambiguous_number", params, where)], invalid: true };
    }
    return { text, findings: [finding("unknown_target", { value: text }, where)], invalid: true };
  }
  const entry = readNumberEntry(cell, context);
  if (entry.kind === "number") {
    return { target: { kind: "at_least", value: entry.value }, text, findings: [], invalid: false };
  }
  if (entry.kind === "empty") return { findings: [], invalid: false };
  return { text, findings: [entry.finding], invalid: true };
}

/**
 * The target from its cell (a number or text such as "từ 12% trở lên"), the kind column
 * (which overrides the kind the text implies) and the target-max column (upper bound).
 */
export function readTarget(cells: TargetCells, context: EntryContext): TargetReading {
  const reading = readTargetCell(cells.target, context);
  const findings = [...reading.findings];
  let invalid = reading.invalid;
  let target = reading.target;

  const kind = readKind(cells.kind, context.sheet);
  if (kind.finding) {
    findings.push(kind.finding);
    invalid = true;
  }
  if (kind.kind === "milestone" && !target && !reading.text) target = { kind: "milestone" };
  else if (kind.kind && target && target.kind !== kind.kind) {
    // A bare figure ("12", "3-5%") takes its kind from the column; words ("từ 12% trở lên") keep theirs.
    const bare =
      typeof cells.target?.value === "number" ||
      target.kind === "range" ||
      parseNumberText(reading.text ?? "", context.numberStyle).ok;
    const applied = bare ? applyKind(target, kind.kind) : target;
    const percentMilestone = kind.kind === "milestone" && applied.percentSign === true;
    if (applied.kind !== kind.kind && !percentMilestone) {
      const params = { kind: cellText(cells.kind), target: reading.text ?? "" };
      findings.push(
        finding("kind_conflict", params, { sheet: context.sheet, cell: cells.kind?.address }),
      );
    }
    target = applied;
  }

  const max = readNumberEntry(cells.targetMax, context);
  if (max.kind === "number" && target) {
    target = {
      ...target,
      max: max.value,
      kind: target.kind === "at_least" ? "range" : target.kind,
    };
  } else if (max.kind === "bad" || max.kind === "text") {
    findings.push(max.finding);
    invalid = true;
  }
  const out: TargetReading = { findings, invalid };
  if (reading.noPlan && !target) out.noPlan = true;
  if (target) out.target = target;
  if (reading.text) out.text = reading.text;
  return out;
}
