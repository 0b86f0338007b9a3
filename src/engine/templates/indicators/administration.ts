import { MEAN, ALL, NONE } from "../aggregations";
import type { IndicatorTable } from "./definition";

/** Administrative reform: satisfaction, smart city centre, neighbourhood reorganisation. */
export const ADMINISTRATION = {
  CC01: {
    name: "Tỷ lệ hài lòng của người dân và doanh nghiệp đối với sự phục vụ của cơ quan hành chính",
    unit: "%",
    targetText: "trên 95%",
    target: { kind: "at_least", value: 95, strict: true, percentSign: true },
    aggregation: MEAN,
    cumulative: false,
    source: "Quận 7, 2023",
  },
  CC02: {
    name: "Công bố và vận hành Trung tâm Điều hành đô thị thông minh",
    unit: "",
    targetText: "hoàn thành",
    target: { kind: "milestone" },
    aggregation: NONE,
    cumulative: false,
    source: "Quận 7, 2023",
  },
  CC03: {
    name: "Xây dựng, thực hiện đề án sắp xếp lại khu phố theo quy định của Thành phố",
    unit: "",
    targetText: "hoàn thành",
    target: { kind: "milestone" },
    aggregation: ALL,
    cumulative: false,
    source: "Quận 7, 2023",
    note: "Quận 7, 2023; quận hoàn thành khi mọi phường hoàn thành",
  },
} satisfies IndicatorTable;
