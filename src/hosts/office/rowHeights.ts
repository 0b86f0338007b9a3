import { type WriteOp } from "./batchScope";

/** Row heights in points, as Office.js takes them (range.format.rowHeight). */
export function rowHeightsOp(change: { sheet: string; heights: Record<string, number> }): WriteOp {
  const rows = Object.entries(change.heights).map(([number, height]) => {
    const row = Number(number);
    if (!Number.isInteger(row) || row < 1 || row > 1_048_576) {
      throw new Error(`"${number}" on sheet "${change.sheet}" is not a row number`);
    }
    if (typeof height !== "number" || !(height >= 0 && height <= 409)) {
      throw new Error(`Row height ${height} on sheet "${change.sheet}" is not 0 to 409 points`);
    }
    return { address: `${row}:${row}`, height };
  });
  return {
    bytes: 100 * rows.length,
    queue: (scope) => {
      const sheet = scope.sheet(change.sheet);
      for (const { address, height } of rows) sheet.getRange(address).format.rowHeight = height;
    },
  };
}
