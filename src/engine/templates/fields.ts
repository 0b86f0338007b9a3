/** The six fields of a socio-economic plan, in the order plans list them. */
export const PLAN_FIELDS = [
  "Kinh tế",
  "Xã hội",
  "Đô thị – Môi trường",
  "Quốc phòng – An ninh",
  "Cải cách hành chính",
  "Xây dựng Đảng",
] as const;

export type PlanFieldName = (typeof PLAN_FIELDS)[number];
