import type { Language } from "../../../engine/model/status";

/** Headers of the columns the add-in writes beside a budget table, exactly as written. */
export const OWNED_BUDGET_HEADERS: Record<"percent" | "status", Record<Language, string>> = {
  percent: { vi: "% dự toán (tính)", en: "% of estimate (computed)" },
  status: { vi: "Đánh giá", en: "Status" },
};
