import type { TemplateIndicator } from "../types";

/**
 * One indicator as the district plan defines it; the table's key is its code. Province and ward
 * plans take it over and change only what differs at their level (see `../levelFields`).
 */
export interface IndicatorDefinition extends Omit<TemplateIndicator, "code"> {
  /**
   * The seed plan the district's figure comes from ("Nam Từ Liêm, 2023"): the district's note
   * when `note` is absent, and what a level that keeps the district's level cites.
   */
  source?: string;
}

/** Definitions of one field's indicators, keyed by code, in sheet order. */
export type IndicatorTable = Record<string, IndicatorDefinition>;
