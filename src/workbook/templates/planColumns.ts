import type { Language } from "../../engine/model/status";
import { OWNED_HEADERS } from "../write/ownedText";

/** The plan table's columns in template order (DESIGN "The plan table"). */
export const PLAN_COLUMNS = [
  "stt",
  "code",
  "name",
  "unit",
  "kind",
  "aggregation",
  "cumulative",
  "baseline",
  "target",
  "targetMax",
  "actual",
  "forecast",
  "percent",
  "status",
  "notes",
] as const;

export type PlanColumn = (typeof PLAN_COLUMNS)[number];

export const PLAN_HEADERS: Record<Language, Record<PlanColumn, string>> = {
  vi: {
    stt: "STT",
    code: "Mã",
    name: "Chỉ tiêu",
    unit: "Đơn vị tính",
    kind: "Loại chỉ tiêu",
    aggregation: "Cách tổng hợp",
    cumulative: "Lũy kế",
    baseline: "Thực hiện năm trước",
    target: "Kế hoạch",
    targetMax: "Kế hoạch tối đa",
    actual: "Thực hiện",
    forecast: "Ước cả năm",
    percent: OWNED_HEADERS.vi.percent,
    status: OWNED_HEADERS.vi.status,
    notes: "Ghi chú",
  },
  en: {
    stt: "No.",
    code: "Code",
    name: "Indicator",
    unit: "Unit",
    kind: "Target kind",
    aggregation: "Aggregation",
    cumulative: "Cumulative",
    baseline: "Baseline",
    target: "Target",
    targetMax: "Target max",
    actual: "Actual",
    forecast: "Forecast",
    percent: OWNED_HEADERS.en.percent,
    status: OWNED_HEADERS.en.status,
    notes: "Notes",
  },
};

/**
 * Column widths in characters, narrow enough that the 15 columns fitted to an A4 landscape page
 * print at about 9 points (232 characters printed at under 7): long texts wrap instead.
 */
export const PLAN_WIDTHS: Record<PlanColumn, number> = {
  stt: 4,
  code: 6,
  name: 38,
  unit: 9,
  kind: 7,
  aggregation: 12,
  cumulative: 6,
  baseline: 10,
  target: 13,
  targetMax: 8,
  actual: 10,
  forecast: 10,
  percent: 7,
  status: 11,
  notes: 24,
};

/** 1-based sheet column of a plan column in a template sheet. */
export function planColumn(column: PlanColumn): number {
  return PLAN_COLUMNS.indexOf(column) + 1;
}
