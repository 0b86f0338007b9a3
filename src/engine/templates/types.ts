import type { Aggregation } from "../model/aggregation";
import type { Target } from "../model/target";

/**
 * In the order the pane and `chitieu templates` list them: today's two tiers first (a province
 * or city with its communes and wards, then a commune or ward), the district plan of before
 * 1 July 2025 after them, then allocation and budget.
 */
export const TEMPLATE_IDS = [
  "province-plan",
  "ward-plan",
  "district-plan",
  "target-allocation",
  "budget",
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

export type PlanTemplateId = Extract<TemplateId, "district-plan" | "province-plan" | "ward-plan">;

export type TemplateLevel = "district" | "province" | "ward" | "allocation" | "budget";

export type PlanLevel = Extract<TemplateLevel, "district" | "province" | "ward">;

export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * One standard indicator of a plan template. Targets follow the target parser's conventions:
 * `relative` is always set on increase/decrease; `percentSign` and `strict` only when true.
 */
export interface TemplateIndicator {
  /** Stable id ("KT01"); the same code in parent and sub-unit templates when it rolls up. */
  code: string;
  /** Vietnamese name as the seeds word it. */
  name: string;
  /** "%", "tỷ đồng", "hộ", "người"…; empty for a milestone without a count. */
  unit: string;
  /** The target as a clerk types it, in Vietnamese number style ("8.664,9"). */
  targetText: string;
  /** The same target as data; it must mean what `targetText` says. */
  target: Target;
  /** How sub-units roll up into the parent. A rate or share is never "sum". */
  aggregation: Aggregation;
  /** A flow paced through the year (true) or a level (false). */
  cumulative: boolean;
  /** Last year's actual (or, where the note says so, the estimate a change is measured from). */
  baseline?: number;
  /**
   * "basis": a base figure (population, households, labour force…) that other indicators are
   * weighted by when rolled up; its target is a plan figure, not an aim to beat.
   */
  role?: "basis";
  /** Source: seed article and unit, and which figures are illustrative. */
  note?: string;
}

export interface TemplateField {
  name: string;
  indicators: TemplateIndicator[];
}

/** Indicators whose targets are parts of a whole (economic structure: shares summing to 100%). */
export interface StructureGroup {
  name: string;
  /** What the parts add up to: 100 for shares in %. */
  total: number;
  codes: string[];
  note?: string;
}

interface TemplateBase {
  id: TemplateId;
  title: LocalizedText;
  description: LocalizedText;
  level: TemplateLevel;
}

export interface PlanTemplate extends TemplateBase {
  kind: "plan";
  id: PlanTemplateId;
  level: PlanLevel;
  fields: TemplateField[];
  structures: StructureGroup[];
}

/** One sub-unit's or bloc's part of a parent target. */
export interface AllocationShare {
  name: string;
  value: number;
  note?: string;
}

/** A parent target split among sub-units or blocs; the shares add up to the target. */
export interface TargetAllocation {
  /** The code of the same indicator in the plan templates. */
  code: string;
  name: string;
  unit: string;
  targetText: string;
  target: Target;
  shares: AllocationShare[];
  note?: string;
}

export interface AllocationTemplate extends TemplateBase {
  kind: "allocation";
  id: "target-allocation";
  level: "allocation";
  /** The unit that allocates, as in the seed ("Quận Nam Từ Liêm"). */
  parentUnit: string;
  year: number;
  allocations: TargetAllocation[];
}

export type BudgetLineKind = "revenue" | "expenditure";

/** A line of a budget table; a line with children equals the sum of its children. */
export interface BudgetLine {
  /** Hierarchical label as the forms number it: "A", "I", "1", "1.1". */
  code: string;
  name: string;
  kind: BudgetLineKind;
  /** Dự toán. */
  estimate?: number;
  /** Thực hiện (or ước thực hiện). */
  actual?: number;
  note?: string;
  children: BudgetLine[];
}

export interface BudgetTable {
  name: string;
  /** The unit whose budget this is ("Quận Nam Từ Liêm"). */
  unitName: string;
  year: number;
  /** Money unit of every figure in the table. */
  moneyUnit: "tỷ đồng";
  /** Top-level sections: A (thu) and B (chi). */
  lines: BudgetLine[];
  note?: string;
}

/** A total and the parts that make it up (headcount by category). */
export interface Breakdown {
  name: string;
  unit: string;
  total: number;
  parts: AllocationShare[];
  note?: string;
}

export type BudgetColumnId = "estimate" | "actual" | "percent";

export interface BudgetTemplate extends TemplateBase {
  kind: "budget";
  id: "budget";
  level: "budget";
  /** Column headers in order: Dự toán / Thực hiện / % dự toán (computed, not stored). */
  columns: Record<BudgetColumnId, LocalizedText>;
  tables: BudgetTable[];
  breakdowns: Breakdown[];
}

export type Template = PlanTemplate | AllocationTemplate | BudgetTemplate;

export type TemplateKind = Template["kind"];

/** The template type each id resolves to. */
export interface TemplateById {
  "district-plan": PlanTemplate;
  "province-plan": PlanTemplate;
  "ward-plan": PlanTemplate;
  "target-allocation": AllocationTemplate;
  budget: BudgetTemplate;
}
