import { finding } from "../findings/finding";
import { cellAddress } from "./cellAddress";
import { readUnit, sameUnit, type Unit } from "./moneyUnit";
import type { RawBudgetTable } from "./rawBudget";
import type { WorkLine } from "./workLine";

/** The unit most lines give in the unit column. */
function commonUnit(lines: readonly WorkLine[]): Unit | undefined {
  const counts = new Map<string, { unit: Unit; count: number }>();
  for (const line of lines) {
    if (!line.unit) continue;
    const entry = counts.get(line.unit.key) ?? { unit: line.unit, count: 0 };
    entry.count += 1;
    counts.set(line.unit.key, entry);
  }
  let best: { unit: Unit; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.unit;
}

/** The table's unit: its title's "Đơn vị tính", else the one most lines give. */
export function tableUnit(table: RawBudgetTable, lines: readonly WorkLine[]): Unit | undefined {
  return readUnit(table.moneyUnit) ?? commonUnit(lines);
}

/**
 * Lines whose unit column differs from the table's unit. Money in another scale (triệu đồng in
 * a tỷ đồng table) is a finding and is converted when summed; another kind of unit (%, người)
 * is a line of its own that no sum includes.
 */
export function checkUnits(lines: WorkLine[], table: RawBudgetTable, unit: Unit | undefined): void {
  if (!unit) return;
  for (const line of lines) {
    if (!line.unit || sameUnit(line.unit, unit)) continue;
    if (line.unit.scale === undefined || unit.scale === undefined) {
      line.foreignUnit = true;
      continue;
    }
    line.scale = line.unit.scale / unit.scale;
    const params = {
      name: line.label,
      unit: line.unit.text,
      unitEn: line.unit.en,
      expected: unit.text,
      expectedEn: unit.en,
    };
    const where = { sheet: table.sheet, cell: cellAddress(table, line.raw, "unit") };
    line.findings.push(finding("budget_mixed_units", params, where));
  }
}
