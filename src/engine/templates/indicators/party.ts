import { SUM } from "../aggregations";
import type { IndicatorTable } from "./definition";

/** Party building: new members and party organisations in private enterprises. */
export const PARTY = {
  XD01: {
    name: "Kết nạp đảng viên mới",
    unit: "đảng viên",
    targetText: "180",
    target: { kind: "at_least", value: 180 },
    aggregation: SUM,
    cumulative: true,
    source: "Nam Từ Liêm, 2023",
    note: "Nam Từ Liêm, 2023; phân bổ cho các khối: xem mẫu giao chỉ tiêu",
  },
  XD02: {
    name: "Phát triển tổ chức Đảng trong doanh nghiệp ngoài khu vực Nhà nước",
    unit: "tổ chức",
    targetText: "5",
    target: { kind: "at_least", value: 5 },
    aggregation: SUM,
    cumulative: true,
    source: "Nam Từ Liêm, 2023",
  },
} satisfies IndicatorTable;
