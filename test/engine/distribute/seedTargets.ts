import type { RawCell } from "../../../src/engine/model/cell";
import type { IndicatorColumn } from "../../../src/engine/read/rawRow";

/** A plan row's cells as the parent wrote them (nothing typed by the sub-unit yet). */
export type PlanCells = Partial<Record<IndicatorColumn, RawCell["value"]>>;

/**
 * The seeds' targets (../shared/seeds: Quận 7, Nam Từ Liêm, Hoàng Mai, Quận 9 …), each in a row
 * as a plan writes it, with every kind the engine reads: floors, ceilings, strict bounds,
 * ranges, changes against last year (relative and absolute), maintaining a level, milestones
 * plain and counted, flows paced through the year, zero targets, no plan, faulty plans.
 */
export const SEED_TARGETS: ReadonlyArray<{ label: string; cells: PlanCells }> = [
  {
    label: "growth 'từ 12% trở lên' (Quận 7)",
    cells: {
      name: "Tốc độ tăng trưởng giá trị sản xuất",
      unit: "%",
      kind: "≥",
      target: "từ 12% trở lên",
      cumulative: "không",
    },
  },
  {
    label: "disbursement 'ít nhất 97%' (a rate: 0–100)",
    cells: {
      name: "Tỷ lệ giải ngân vốn đầu tư công",
      unit: "%",
      target: "ít nhất 97%",
      cumulative: "không",
    },
  },
  {
    label: "clearance 'trên 70%' (strict)",
    cells: { name: "Tỷ lệ hộ dân đồng thuận", unit: "%", target: "trên 70%", cumulative: "không" },
  },
  {
    label: "birth rate 'không quá 3' (ceiling)",
    cells: { name: "Tỷ suất sinh thô", unit: "‰", target: "không quá 3", cumulative: "không" },
  },
  {
    label: "'dưới 3' (strict ceiling)",
    cells: { name: "Tỷ lệ suy dinh dưỡng thể thấp còi", unit: "%", target: "dưới 3" },
  },
  {
    label: "growth '13-14%' (range, Nam Từ Liêm)",
    cells: {
      name: "Tốc độ tăng giá trị sản xuất chung",
      unit: "%",
      kind: "khoảng",
      target: "13-14%",
      cumulative: "không",
    },
  },
  {
    label: "crime 'giảm 3-5%' from 200 (relative decrease, cumulative)",
    cells: {
      name: "Số vụ phạm pháp hình sự",
      unit: "vụ",
      kind: "giảm",
      target: "giảm 3-5%",
      baseline: 200,
      cumulative: "có",
    },
  },
  {
    label: "revenue 'tăng 6-8%' from 1.000 (relative increase, cumulative)",
    cells: {
      name: "Thu ngân sách nhà nước trên địa bàn",
      unit: "tỷ đồng",
      kind: "tăng",
      target: "tăng 6-8%",
      baseline: 1000,
      cumulative: "có",
    },
  },
  {
    label: "poor households 'giảm 600 hộ' from 2.000 (absolute decrease, a level)",
    cells: {
      name: "Số hộ nghèo",
      unit: "hộ",
      kind: "giảm",
      target: "giảm 600 hộ",
      baseline: 2000,
      cumulative: "không",
    },
  },
  {
    label: "'duy trì 100%' (maintain)",
    cells: {
      name: "Tỷ lệ trẻ em trong độ tuổi được tiêm chủng",
      unit: "%",
      kind: "duy trì",
      target: "duy trì 100%",
      cumulative: "không",
    },
  },
  {
    label: "'hoàn thành' (plain milestone, a count when a figure is typed)",
    cells: {
      name: "Xây dựng trụ sở Ủy ban nhân dân phường",
      unit: "công trình",
      kind: "hoàn thành",
      target: "hoàn thành",
      cumulative: "không",
    },
  },
  {
    label: "'hoàn thành' in % (plain milestone, 100% when a figure is typed)",
    cells: {
      name: "Số hóa hồ sơ hộ tịch",
      unit: "%",
      kind: "hoàn thành",
      target: "hoàn thành",
      cumulative: "không",
    },
  },
  {
    label: "'hoàn thành 3 đồ án' (counted milestone, cumulative)",
    cells: {
      name: "Lập đồ án quy hoạch chi tiết",
      unit: "đồ án",
      target: "hoàn thành 3 đồ án",
      cumulative: "có",
    },
  },
  {
    label: "4.500 jobs (a flow paced through the year)",
    cells: { name: "Giải quyết việc làm", unit: "người", target: 4500, cumulative: "có" },
  },
  {
    label: "'không để xảy ra' (a ceiling of 0, cumulative)",
    cells: {
      name: "Số vụ cháy nổ lớn",
      unit: "vụ",
      target: "không để xảy ra",
      cumulative: "có",
    },
  },
  {
    label: "Hoàng Mai's 50.068 tỷ đồng from 45.707,5 (a flow, slips held to last year)",
    cells: {
      name: "Tổng giá trị sản xuất các ngành kinh tế chủ yếu",
      unit: "tỷ đồng",
      kind: "≥",
      target: 50068,
      baseline: 45707.5,
      cumulative: "có",
    },
  },
  {
    label: "8 công trình (slips held to the target)",
    cells: {
      name: "Công trình thi đua chào mừng",
      unit: "công trình",
      target: 8,
      cumulative: "có",
    },
  },
  {
    label: "a 0 target for poor households settled as a ceiling",
    cells: { name: "Số hộ tái nghèo", unit: "hộ", target: 0, cumulative: "không" },
  },
  {
    label: "a 0 target for something wanted: no plan",
    cells: { name: "Số khu phố văn hóa", unit: "khu phố", target: 0, cumulative: "không" },
  },
  {
    label: "'-' in the target: no plan",
    cells: { name: "Trạm y tế đạt chuẩn", unit: "trạm", target: "-", baseline: 4 },
  },
  {
    label: "'tăng 5%' with no figure for last year: missing",
    cells: { name: "Số doanh nghiệp thành lập mới", unit: "doanh nghiệp", target: "tăng 5%" },
  },
  {
    label: "a range typed backwards (14, max 13): invalid",
    cells: { name: "Tốc độ tăng dân số", unit: "%", target: 14, targetMax: 13 },
  },
  {
    label: "a target no one can read: invalid",
    cells: { name: "Chỉnh trang đô thị", unit: "tuyến", target: "theo chỉ đạo của thành phố" },
  },
  {
    label: "a target 1.000× last year's figure (a unit slip in the plan): invalid",
    cells: { name: "Số lao động có việc làm mới", unit: "người", target: 950000, baseline: 900 },
  },
];
