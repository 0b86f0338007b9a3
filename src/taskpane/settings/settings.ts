import { isPeriodId, type PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";

export type CheckScope = "active" | "all";

/** What the user chose in the pane; kept in localStorage between sessions. */
export interface PaneSettings {
  lang: Language;
  /** The at-risk band below pace, in percent (10 = 10%). */
  atRiskTolerancePercent: number;
  /** Write statuses, colours and notes into the workbook. */
  highlight: boolean;
  /** "auto": the period each table's title gives. */
  period: PeriodId | "auto";
  scope: CheckScope;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  lang: "vi",
  atRiskTolerancePercent: 10,
  highlight: true,
  period: "auto",
  scope: "active",
};

export const SETTINGS_KEY = "chitieu.settings.v1";

export const TOLERANCE_RANGE = { min: 0, max: 50 } as const;

export function clampTolerance(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_SETTINGS.atRiskTolerancePercent;
  return Math.min(TOLERANCE_RANGE.max, Math.max(TOLERANCE_RANGE.min, value));
}

/** Settings from stored text; anything missing or malformed falls back to the default. */
export function parseSettings(text: string | null): PaneSettings {
  if (!text) return DEFAULT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof raw !== "object" || raw === null) return DEFAULT_SETTINGS;
  const stored = raw as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    lang: stored.lang === "en" || stored.lang === "vi" ? stored.lang : d.lang,
    atRiskTolerancePercent:
      typeof stored.atRiskTolerancePercent === "number"
        ? clampTolerance(stored.atRiskTolerancePercent)
        : d.atRiskTolerancePercent,
    highlight: typeof stored.highlight === "boolean" ? stored.highlight : d.highlight,
    period:
      stored.period === "auto" || (typeof stored.period === "string" && isPeriodId(stored.period))
        ? (stored.period as PeriodId | "auto")
        : d.period,
    scope: stored.scope === "all" || stored.scope === "active" ? stored.scope : d.scope,
  };
}
