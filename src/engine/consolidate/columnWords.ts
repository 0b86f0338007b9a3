import type { FigureColumn } from "./types";

/** How messages name a figure column, in Vietnamese and English. */
export const COLUMN_WORDS: Record<FigureColumn, { vi: string; en: string }> = {
  baseline: { vi: "thực hiện năm trước", en: "baseline" },
  target: { vi: "kế hoạch", en: "target" },
  actual: { vi: "thực hiện", en: "actual" },
  forecast: { vi: "ước thực hiện", en: "estimate" },
};
