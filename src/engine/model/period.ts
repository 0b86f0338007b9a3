export const PERIOD_IDS = ["q1", "6m", "9m", "year"] as const;

export type PeriodId = (typeof PERIOD_IDS)[number];

/** Share of the year a reporting period covers: cumulative targets are paced by it. */
export const PERIOD_FRACTION: Record<PeriodId, number> = {
  q1: 0.25,
  "6m": 0.5,
  "9m": 0.75,
  year: 1,
};

export const PERIOD_LABELS: Record<"vi" | "en", Record<PeriodId, string>> = {
  vi: { q1: "Quý I", "6m": "6 tháng", "9m": "9 tháng", year: "Cả năm" },
  en: { q1: "First quarter", "6m": "Six months", "9m": "Nine months", year: "Full year" },
};

export function isPeriodId(value: string): value is PeriodId {
  return (PERIOD_IDS as readonly string[]).includes(value);
}

export function isYearEnd(period: PeriodId): boolean {
  return period === "year";
}
