import { finding, type Finding } from "../findings/finding";
import type { RawCell } from "../model/cell";
import type { ActualValue } from "../model/indicator";
import { readNumberEntry, type EntryContext } from "./numberEntry";
import { parseMilestoneState } from "./parseMilestoneState";

export interface ActualReading {
  value?: ActualValue;
  finding?: Finding;
}

/**
 * An actual or forecast: a figure, or a milestone's state ("Hoàn thành", "Đang thực hiện").
 * Text that is neither is a finding, worded for milestones when the target is one.
 */
export function readActual(
  cell: RawCell | undefined,
  context: EntryContext,
  milestoneTarget: boolean,
): ActualReading {
  const entry = readNumberEntry(cell, context);
  switch (entry.kind) {
    case "number":
      return { value: { kind: "number", value: entry.value } };
    case "empty":
      return {};
    case "bad":
      return { finding: entry.finding };
    case "text": {
      const state = parseMilestoneState(entry.text);
      if (state) return { value: { kind: "milestone", state } };
      if (!milestoneTarget) return { finding: entry.finding };
      const where = { sheet: context.sheet, cell: cell?.address };
      return { finding: finding("unknown_milestone", { value: entry.text.trim() }, where) };
    }
  }
}
