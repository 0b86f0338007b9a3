import type { LevelSpec } from "./levelFields";

/** Absolute figures below are illustrative: the seeds are districts, not provinces. */
const SCALED = "số minh họa cấp tỉnh (bài nguồn là cấp quận)";

/**
 * Where the province differs from the district's definition: provincial wording ("Thành phố"),
 * scaled figures and their notes. Any other indicator keeps the district's level and cites it.
 */
export const PROVINCE_OVERRIDES: LevelSpec["overrides"] = {
  KT02: {
    name: "Tốc độ tăng giá trị sản xuất chung các ngành kinh tế trên địa bàn Thành phố",
    note: "Mức của Nam Từ Liêm, 2023, dùng làm mẫu",
  },
  KT03: { note: "Mức của Quận 9, 2019, dùng làm mẫu" },
  KT04: { note: "Mức của Quận 9, 2019, dùng làm mẫu" },
  KT05: {
    name: "Tổng giá trị sản xuất các ngành kinh tế chủ yếu trên địa bàn Thành phố",
    figure: ["600.000", 600000],
    note: `Theo mẫu Hoàng Mai, 2022; ${SCALED}`,
  },
  KT06: {
    figure: ["58,4%", 58.4],
    note: "Cơ cấu minh họa cấp tỉnh (Nam Từ Liêm, 2023: 61,6%); mức sàn",
  },
  KT07: {
    figure: ["không quá 38,9%", 38.9],
    note: "Cơ cấu minh họa cấp tỉnh (Nam Từ Liêm, 2023: 38,3%); mức trần",
  },
  KT08: {
    name: "Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế",
    figure: ["không quá 2,7%", 2.7],
    note: "Cơ cấu minh họa cấp tỉnh (Nam Từ Liêm, 2023: 0,1%); mức trần",
  },
  KT09: {
    name: "Thu ngân sách nhà nước trên địa bàn Thành phố",
    figure: ["104.000", 104000],
    note: `Theo mẫu Nam Từ Liêm, 2023 (dự toán); ${SCALED}`,
  },
  KT10: {
    figure: ["13.570", 13570],
    note: `Theo mẫu Nam Từ Liêm, 2023 (dự toán); ${SCALED}`,
  },
  KT11: {
    baseline: 104000,
    note: "Mức của Quận 9, 2019; cột năm trước ghi dự toán được giao, ở đây lấy dự toán KT09",
  },
  KT12: {
    name: "Tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung Thành phố quản lý",
    figure: ["30.000", 30000],
    note: `Theo mẫu Quận 9, 2019; ${SCALED}`,
  },
  KT13: { note: "Mức của Quận 7, 2023; giải ngân cộng dồn trong năm nên tính theo tiến độ" },
  KT14: {
    name: "Tổng số doanh nghiệp đang hoạt động trên địa bàn Thành phố",
    figure: ["225.000", 225000],
    note: `Theo mẫu Hoàng Mai, 2022; ${SCALED}`,
  },
  KT15: {
    figure: ["43.000", 43000],
    note: `Theo mẫu Hoàng Mai, 2022; ${SCALED}`,
  },
  XH01: {
    figure: ["3.400.000", 3400000],
    note: `Quyền số để tổng hợp các tỷ lệ theo dân số; ${SCALED}`,
  },
  XH02: {
    figure: ["1.020.000", 1020000],
    note: `Quyền số để tổng hợp các tỷ lệ theo hộ; ${SCALED}`,
  },
  XH03: {
    figure: ["1.980.000", 1980000],
    note: `Quyền số để tổng hợp các tỷ lệ bảo hiểm; ${SCALED}`,
  },
  XH04: {
    name: "Số tổ dân phố, khu phố, ấp",
    figure: ["3.600", 3600],
    note: `Quyền số để tổng hợp các tỷ lệ theo tổ dân phố; ${SCALED}`,
  },
  XH05: {
    figure: ["490", 490],
    note: `Quyền số cho tỷ lệ trường đạt chuẩn; ${SCALED}`,
  },
  XH06: {
    figure: ["giảm 7.200 hộ", 7200],
    baseline: 25800,
    note: `Theo mẫu Quận 9, 2019 (giảm 600 hộ); ${SCALED}, kể cả số năm trước`,
  },
  XH07: {
    figure: ["giảm 12.000 hộ", 12000],
    baseline: 39600,
    note: `Theo mẫu Quận 9, 2019 (giảm 1.000 hộ); ${SCALED}, kể cả số năm trước`,
  },
  XH10: {
    name: "Trạm y tế xã, phường, đặc khu được đầu tư nâng cấp, vận hành theo mô hình nguyên lý y học gia đình",
    figure: ["48", 48],
    note: `Theo mẫu Quận 7, 2023 (4 trạm); ${SCALED}`,
  },
  XH11: {
    name: "Công trình thi đua chào mừng các ngày lễ lớn của đất nước",
    figure: ["hoàn thành 96 công trình", 96],
    note: `Theo mẫu Quận 7, 2023 (8 công trình); ${SCALED}`,
  },
  XH12: { note: "Mức của Nam Từ Liêm, 2023; thấp hơn là tốt nên là mức trần" },
  XH13: { note: "Mức của Nam Từ Liêm, 2023; thấp hơn là tốt nên là mức trần" },
  XH15: { name: "Tỷ lệ tổ dân phố, khu phố, ấp được công nhận và giữ vững danh hiệu văn hóa" },
  XH17: {
    figure: ["54.000", 54000],
    note: `Theo mẫu Nam Từ Liêm, 2023 (4.500 người); ${SCALED}`,
  },
  XH19: {
    name: "Tỷ lệ xã, phường, đặc khu đạt Bộ tiêu chí quốc gia về y tế",
    note: "Mức của Nam Từ Liêm, 2023; mỗi xã, phường ghi 100% (đạt) hoặc 0%",
  },
  DT01: {
    name: "Đồ án quy hoạch phân khu hoàn thành",
    figure: ["hoàn thành 36 đồ án", 36],
    note: `Theo mẫu Quận 7, 2023 (3 đồ án); ${SCALED}`,
  },
  DT02: {
    figure: ["tối thiểu 120 hẻm", 120],
    note: `Theo mẫu Quận 7, 2023 (10 hẻm); ${SCALED}`,
  },
  DT03: {
    figure: ["48", 48],
    note: `Theo mẫu Quận 7, 2023 (4 cửa xả); ${SCALED}`,
  },
  DT04: { note: "Mức của Quận 7, 2023; tiến độ công việc cộng dồn trong năm" },
  AN01: {
    baseline: 3840,
    note: `Mức của Quận 9, 2019; số năm trước là ${SCALED}`,
  },
  AN03: { name: "Tỷ lệ tổ dân phố, khu phố, ấp đạt tự quản về an ninh trật tự" },
  AN04: { note: "Theo Quận 1, 2021; Thành phố hoàn thành khi mọi xã, phường, đặc khu hoàn thành" },
  CC02: {
    name: "Vận hành Trung tâm Điều hành đô thị thông minh của Thành phố",
    note: "Theo Quận 7, 2023",
  },
  CC03: {
    name: "Sắp xếp lại khu phố, ấp theo quy định",
    note: "Theo Quận 7, 2023; Thành phố hoàn thành khi mọi xã, phường, đặc khu hoàn thành",
  },
  XD01: {
    figure: ["2.160", 2160],
    note: `Theo mẫu Nam Từ Liêm, 2023 (180 đảng viên); ${SCALED}`,
  },
  XD02: {
    figure: ["60", 60],
    note: `Theo mẫu Nam Từ Liêm, 2023 (5 tổ chức); ${SCALED}`,
  },
};
