import { propertiesProblem } from "../../workbook/changeProblems";
import { OP_OVERHEAD, type WriteOp } from "./batchScope";
import { wireBytes } from "./wireBytes";

/**
 * Custom document properties as text (ExcelApi 1.7): CustomPropertyCollection.add creates a
 * property or sets the one of that name, so the workbook's other properties stay.
 */
export function customPropertiesOp(change: { custom: Record<string, string> }): WriteOp {
  const problem = propertiesProblem(change.custom);
  if (problem) throw new Error(`Document properties: ${problem}`);
  const entries = Object.entries(change.custom);
  return {
    bytes: OP_OVERHEAD * Math.max(1, entries.length) + wireBytes(change.custom),
    queue: (scope) => {
      const custom = scope.context.workbook.properties.custom;
      for (const [key, value] of entries) custom.add(key, value);
    },
  };
}
