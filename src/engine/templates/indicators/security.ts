import { SUM, ALL, weightedBy } from "../aggregations";
import type { IndicatorTable } from "./definition";

/** Defence and security: crime, self-managed neighbourhoods, conscription. */
export const SECURITY = {
  AN01: {
    name: "Số vụ phạm pháp hình sự",
    unit: "vụ",
    targetText: "giảm 3-5%",
    target: { kind: "decrease", value: 3, max: 5, relative: true, percentSign: true },
    aggregation: SUM,
    cumulative: true,
    baseline: 320,
    source: "Quận 9, 2019",
    note: "Quận 9, 2019 (kéo giảm phạm pháp hình sự từ 3 - 5%); số năm trước minh họa (bài không nêu)",
  },
  AN02: {
    name: "Tỷ lệ điều tra, khám phá án hình sự",
    unit: "%",
    targetText: "trên 70%",
    target: { kind: "at_least", value: 70, strict: true, percentSign: true },
    aggregation: weightedBy("AN01"),
    cumulative: false,
    source: "Quận 9, 2019",
  },
  AN03: {
    name: "Tỷ lệ tổ dân phố đạt tự quản về an ninh trật tự",
    unit: "%",
    targetText: "80%",
    target: { kind: "at_least", value: 80, percentSign: true },
    aggregation: weightedBy("XH04"),
    cumulative: false,
    source: "Quận 9, 2019",
  },
  AN04: {
    name: "Hoàn thành chỉ tiêu giao quân",
    unit: "",
    targetText: "hoàn thành",
    target: { kind: "milestone" },
    aggregation: ALL,
    cumulative: false,
    source: "Quận 1, 2021",
    note: "Quận 1, 2021; quận hoàn thành khi mọi phường hoàn thành",
  },
} satisfies IndicatorTable;
