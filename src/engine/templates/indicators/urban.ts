import { SUM, NONE, weightedBy } from "../aggregations";
import type { IndicatorTable } from "./definition";

/** Urban development and environment: planning, alleys, drainage, water, waste. */
export const URBAN = {
  DT01: {
    name: "Đồ án quy hoạch phân khu hoàn thành (sau khi được UBND Thành phố phê duyệt)",
    unit: "đồ án",
    targetText: "hoàn thành 3 đồ án",
    target: { kind: "milestone", value: 3 },
    aggregation: NONE,
    cumulative: false,
    source: "Quận 7, 2023",
    note: "Quận 7, 2023; đồ án của quận, phường không báo cáo",
  },
  DT02: {
    name: "Hẻm được mở rộng, nâng cấp",
    unit: "hẻm",
    targetText: "tối thiểu 10 hẻm",
    target: { kind: "at_least", value: 10 },
    aggregation: SUM,
    cumulative: true,
    source: "Quận 7, 2023",
  },
  DT03: {
    name: "Cửa xả, cống xả được nâng cấp, cải tạo",
    unit: "cửa xả",
    targetText: "4",
    target: { kind: "at_least", value: 4 },
    aggregation: SUM,
    cumulative: true,
    source: "Quận 7, 2023",
  },
  DT04: {
    name: "Tỷ lệ hoàn thành xác lập hồ sơ pháp lý, phương án quản lý sử dụng nhà và đất do Nhà nước quản lý",
    unit: "%",
    targetText: "100%",
    target: { kind: "at_least", value: 100, percentSign: true },
    aggregation: NONE,
    cumulative: true,
    source: "Quận 7, 2023",
    note: "Quận 7, 2023; tiến độ công việc cộng dồn trong năm; quận thực hiện, phường không báo cáo",
  },
  DT05: {
    name: "Tỷ lệ hộ dân được cung cấp nước sạch",
    unit: "%",
    targetText: "100%",
    target: { kind: "at_least", value: 100, percentSign: true },
    aggregation: weightedBy("XH02"),
    cumulative: false,
    source: "Nam Từ Liêm, 2023",
  },
  DT06: {
    name: "Tỷ lệ rác thải sinh hoạt được thu gom và vận chuyển trong ngày",
    unit: "%",
    targetText: "100%",
    target: { kind: "at_least", value: 100, percentSign: true },
    aggregation: weightedBy("XH01"),
    cumulative: false,
    source: "Nam Từ Liêm, 2023",
    note: "Nam Từ Liêm, 2023; bình quân theo dân số (gần đúng với khối lượng rác)",
  },
} satisfies IndicatorTable;
