import type { Aggregation } from "../../../src/engine/model/aggregation";
import type { UnitPlan } from "../../../src/engine/consolidate";
import { unitPlan, type Figure, type IndicatorSpec } from "./support";

const SUM: Aggregation = { rule: "sum" };

/** A small ward plan: revenue, new firms, population, health insurance cover, conscription. */
export const CODES = {
  revenue: { code: "KT09", name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng" },
  firms: { code: "KT15", name: "Số doanh nghiệp thành lập mới", unit: "doanh nghiệp" },
  population: { code: "XH01", name: "Dân số trung bình", unit: "người" },
  insurance: { code: "XH20", name: "Tỷ lệ bao phủ bảo hiểm y tế", unit: "%" },
  conscription: { code: "AN04", name: "Hoàn thành chỉ tiêu giao quân" },
} as const;

export type CodeName = keyof typeof CODES;

export interface WardFigures {
  revenue?: Figure;
  firms?: Figure;
  population?: Figure;
  insurance?: Figure;
  conscription?: Figure;
}

const RULES: Record<CodeName, Aggregation> = {
  revenue: SUM,
  firms: SUM,
  population: SUM,
  insurance: { rule: "weighted_mean", weightCode: "XH01" },
  conscription: { rule: "all" },
};

const TARGETS: Record<CodeName, IndicatorSpec["target"]> = {
  revenue: { kind: "at_least", value: 800 },
  firms: { kind: "at_least", value: 250 },
  population: { kind: "at_least", value: 28000 },
  insurance: { kind: "at_least", value: 93.5, percentSign: true },
  conscription: { kind: "milestone" },
};

/**
 * One ward's sheet with the five indicators (rows 5–9: KT09, KT15, XH01, XH20, AN04), or
 * fewer when `omit` names some; `change` edits any indicator.
 */
export function ward(
  name: string,
  figures: WardFigures,
  options: {
    omit?: CodeName[];
    change?: Partial<Record<CodeName, Partial<IndicatorSpec>>>;
    /** More indicators after the five. */
    extra?: IndicatorSpec[];
    sheet?: string;
  } = {},
): UnitPlan {
  const names = (Object.keys(CODES) as CodeName[]).filter((c) => !options.omit?.includes(c));
  const specs = names.map((c): IndicatorSpec => {
    const figure = figures[c];
    return {
      ...CODES[c],
      aggregation: RULES[c],
      target: TARGETS[c],
      ...(figure === undefined ? {} : { actual: figure }),
      ...options.change?.[c],
    };
  });
  return unitPlan(name, [...specs, ...(options.extra ?? [])], options.sheet ?? name);
}

export const TYPICAL: WardFigures = {
  revenue: 850,
  firms: 260,
  population: 30000,
  insurance: 94,
  conscription: "done",
};
