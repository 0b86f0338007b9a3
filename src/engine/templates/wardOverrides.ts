import type { LevelSpec } from "./levelFields";

/** Ward targets are illustrative shares of a district's (10–14 wards) or the same rate. */
const SHARE = "phần minh họa của một phường";

/**
 * Where the ward differs from the district's definition: ward wording, its share of the
 * district's figures and their notes. Any other indicator keeps the district's level and cites it.
 */
export const WARD_OVERRIDES: LevelSpec["overrides"] = {
  KT09: {
    name: "Thu ngân sách nhà nước trên địa bàn phường",
    figure: ["870", 870],
    note: `${SHARE} trong 8.664,9 tỷ đồng (Nam Từ Liêm, 2023, 10 phường)`,
  },
  KT11: {
    baseline: 870,
    note: "Mức của Quận 9, 2019; cột năm trước ghi dự toán được giao (KT09)",
  },
  KT12: {
    name: "Tổng mức đầu tư xây dựng cơ bản do phường quản lý",
    figure: ["20", 20],
    note: `${SHARE} trong 250 tỷ đồng (Quận 9, 2019, 13 phường)`,
  },
  KT14: {
    name: "Tổng số doanh nghiệp đang hoạt động trên địa bàn phường",
    figure: ["1.330", 1330],
    note: `${SHARE} trong 18.574 (Hoàng Mai, 2022, 14 phường)`,
  },
  KT15: {
    figure: ["260", 260],
    note: `${SHARE} trong 3.597 (Hoàng Mai, 2022, 14 phường)`,
  },
  XH01: {
    figure: ["28.000", 28000],
    note: "Quyền số để tổng hợp các tỷ lệ theo dân số; số minh họa",
  },
  XH02: {
    figure: ["8.500", 8500],
    note: "Quyền số để tổng hợp các tỷ lệ theo hộ; số minh họa",
  },
  XH03: {
    figure: ["16.500", 16500],
    note: "Quyền số để tổng hợp các tỷ lệ bảo hiểm; số minh họa",
  },
  XH04: {
    figure: ["30", 30],
    note: "Quyền số để tổng hợp các tỷ lệ theo tổ dân phố; số minh họa",
  },
  XH05: {
    figure: ["4", 4],
    note: "Quyền số cho tỷ lệ trường đạt chuẩn; số minh họa",
  },
  XH06: {
    figure: ["giảm 45 hộ", 45],
    baseline: 165,
    note: `${SHARE} trong 600 hộ (Quận 9, 2019, 13 phường); số năm trước minh họa`,
  },
  XH07: {
    figure: ["giảm 75 hộ", 75],
    baseline: 255,
    note: `${SHARE} trong 1.000 hộ (Quận 9, 2019, 13 phường); số năm trước minh họa`,
  },
  XH10: {
    figure: ["1", 1],
    note: `${SHARE} trong 4 trạm (Quận 7, 2023, 10 phường)`,
  },
  XH11: {
    name: "Công trình thi đua chào mừng các ngày lễ lớn",
    figure: ["hoàn thành 1 công trình", 1],
    note: `${SHARE} trong 8 công trình (Quận 7, 2023)`,
  },
  XH12: { note: "Mức của Nam Từ Liêm, 2023; thấp hơn là tốt nên là mức trần" },
  XH13: { note: "Mức của Nam Từ Liêm, 2023; thấp hơn là tốt nên là mức trần" },
  XH16: {
    figure: ["75%", 75],
    note: "Minh họa: 3/4 trường của phường (Nam Từ Liêm, 2023: 82,9%)",
  },
  XH17: {
    figure: ["450", 450],
    note: `${SHARE} trong 4.500 người (Nam Từ Liêm, 2023, 10 phường)`,
  },
  XH19: {
    name: "Duy trì phường đạt chuẩn quốc gia về y tế",
    note: "Nam Từ Liêm, 2023; ghi 100% nếu phường đạt chuẩn, 0% nếu không",
  },
  DT02: {
    figure: ["tối thiểu 1 hẻm", 1],
    note: `${SHARE} trong 10 hẻm (Quận 7, 2023, 10 phường)`,
  },
  AN01: {
    baseline: 25,
    note: "Mức của Quận 9, 2019; số năm trước minh họa",
  },
  AN04: { note: "Theo Quận 1, 2021" },
  CC03: {
    name: "Sắp xếp lại khu phố trên địa bàn theo quy định",
    note: "Theo Quận 7, 2023",
  },
  XD01: {
    figure: ["12", 12],
    note: `${SHARE} trong 122 đảng viên của khối các phường (Nam Từ Liêm, 2023, 10 phường)`,
  },
  XD02: {
    figure: ["1", 1],
    note: `${SHARE} trong 5 tổ chức (Nam Từ Liêm, 2023)`,
  },
};
