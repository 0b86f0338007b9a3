import type { Finding } from "../../../src/engine/findings/finding";
import type { RuleId } from "../../../src/engine/findings/rules";
import type { ActualValue, IndicatorCells } from "../../../src/engine/model/indicator";
import type { UnitIndicator, UnitPlan } from "../../../src/engine/consolidate/types";
import type { TemplateIndicator } from "../../../src/engine/templates/types";

/** Where each column sits in the test sheets (as test/engine/support/rawRows.ts). */
const LETTERS = {
  code: "A",
  name: "C",
  unit: "D",
  aggregation: "F",
  baseline: "H",
  target: "I",
  actual: "K",
  forecast: "L",
} as const;

/** A1 addresses of every column of a row. */
export function cellsAt(row: number): IndicatorCells {
  const out: IndicatorCells = {};
  for (const [column, letter] of Object.entries(LETTERS)) {
    out[column as keyof typeof LETTERS] = `${letter}${row}`;
  }
  return out;
}

export type Figure = number | "done" | "in_progress" | "not_done";

export function actualValue(figure: Figure): ActualValue {
  return typeof figure === "number"
    ? { kind: "number", value: figure }
    : { kind: "milestone", state: figure };
}

export interface IndicatorSpec extends Omit<Partial<UnitIndicator>, "actual" | "forecast"> {
  actual?: Figure;
  forecast?: Figure;
}

/** An indicator as readIndicator would give it, on `sheet` at `row` with every cell addressed. */
export function indicator(sheet: string, row: number, spec: IndicatorSpec): UnitIndicator {
  const { actual, forecast, ...rest } = spec;
  const out: UnitIndicator = {
    name: "",
    cumulative: false,
    sheet,
    row,
    cells: cellsAt(row),
    ...rest,
  };
  if (actual !== undefined) out.actual = actualValue(actual);
  if (forecast !== undefined) out.forecast = actualValue(forecast);
  return out;
}

/** A sub-unit's plan on a sheet named after it, its indicators from row 5 down. */
export function unitPlan(unit: string, specs: IndicatorSpec[], sheet = unit): UnitPlan {
  return {
    unit,
    sheet,
    indicators: specs.map((spec, i) => indicator(sheet, 5 + i, spec)),
    findings: [],
  };
}

/** A template's indicator as a sheet made from the template reads back, figures added. */
export function fromTemplate(
  template: TemplateIndicator,
  figures: Omit<IndicatorSpec, "code" | "name"> = {},
  field?: string,
): IndicatorSpec {
  return {
    code: template.code,
    name: template.name,
    ...(template.unit === "" ? {} : { unit: template.unit }),
    target: template.target,
    targetText: template.targetText,
    aggregation: template.aggregation,
    cumulative: template.cumulative,
    ...(template.baseline === undefined ? {} : { baseline: template.baseline }),
    ...(field === undefined ? {} : { field }),
    ...figures,
  };
}

export function rulesOf(findings: readonly Finding[]): RuleId[] {
  return findings.map((f) => f.rule);
}

export function only(findings: readonly Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/**
 * Splits a total into n deterministic parts in proportion 1 : 2 : … : n, rounded to the
 * total's decimals, the last part taking what rounding left so that they add up exactly.
 */
export function split(total: number, n: number): number[] {
  const decimals = (String(total).split(".")[1] ?? "").length;
  const scale = 10 ** decimals;
  const weight = (n * (n + 1)) / 2;
  const parts: number[] = [];
  let rest = Math.round(total * scale);
  for (let i = 1; i < n; i++) {
    const part = Math.floor((Math.round(total * scale) * i) / weight);
    parts.push(part / scale);
    rest -= part;
  }
  parts.push(rest / scale);
  return parts;
}
