import type { AllocationTemplate } from "./types";

/** Nam Từ Liêm's 2023 party-building targets, split among its blocs (khối). */
export const TARGET_ALLOCATION: AllocationTemplate = {
  kind: "allocation",
  id: "target-allocation",
  level: "allocation",
  title: {
    vi: "Giao chỉ tiêu cho đơn vị trực thuộc",
    en: "Target allocation to sub-units",
  },
  description: {
    vi:
      "Một chỉ tiêu của cấp trên chia cho các đơn vị trực thuộc hoặc các khối; tổng phần giao " +
      "phải bằng chỉ tiêu. Mẫu theo Quyết định giao chỉ tiêu công tác xây dựng Đảng năm 2023 " +
      "của Ban Thường vụ Quận ủy Nam Từ Liêm.",
    en:
      "A parent target split among sub-units or blocs; the parts must add up to the target. " +
      "Modelled on Nam Tu Liem district's 2023 allocation of party-building targets.",
  },
  parentUnit: "Quận Nam Từ Liêm",
  year: 2023,
  allocations: [
    {
      code: "XD01",
      name: "Kết nạp đảng viên mới",
      unit: "đảng viên",
      targetText: "180",
      target: { kind: "at_least", value: 180 },
      shares: [
        { name: "Khối các phường", value: 122 },
        { name: "Khối cơ quan thuộc quận quản lý", value: 8 },
        { name: "Khối cơ quan thuộc Trung ương, Thành phố quản lý", value: 31 },
        { name: "Khối doanh nghiệp", value: 19 },
      ],
      note: "Nam Từ Liêm, 2023: 122 + 8 + 31 + 19 = 180",
    },
    {
      code: "XD02",
      name: "Phát triển tổ chức Đảng trong doanh nghiệp ngoài khu vực Nhà nước",
      unit: "tổ chức",
      targetText: "5",
      target: { kind: "at_least", value: 5 },
      shares: [
        { name: "Khối các phường", value: 3 },
        { name: "Khối cơ quan thuộc quận quản lý", value: 0 },
        { name: "Khối cơ quan thuộc Trung ương, Thành phố quản lý", value: 0 },
        { name: "Khối doanh nghiệp", value: 2 },
      ],
      note: "Nam Từ Liêm, 2023 (5 tổ chức); bài không nêu phần của từng khối, cách chia là minh họa",
    },
  ],
};
