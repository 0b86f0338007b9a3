/** A ward of the demo: its share of the district and how its year is going. */
export interface DemoWard {
  name: string;
  /** Its relative size: population, households, revenue and the like are split by it. */
  weight: number;
  /** How far ahead (above 1) or behind (below 1) of the district's pace its figures run. */
  form: number;
}

/**
 * Quận 7's ten wards (Quận 7, 2023: "UBND 10 phường"), sized by rough population and given a
 * story: Tân Phong runs ahead of every target, Bình Thuận, Phú Mỹ and Tân Phú lag, the rest keep
 * pace.
 */
export const QUAN_7_WARDS: readonly DemoWard[] = [
  { name: "Phường Tân Phong", weight: 11, form: 1.1 },
  { name: "Phường Tân Hưng", weight: 12, form: 1 },
  { name: "Phường Bình Thuận", weight: 11, form: 0.94 },
  { name: "Phường Tân Thuận Đông", weight: 9.5, form: 1.01 },
  { name: "Phường Tân Thuận Tây", weight: 8, form: 0.99 },
  { name: "Phường Tân Kiểng", weight: 10, form: 1.02 },
  { name: "Phường Tân Quy", weight: 10, form: 1 },
  { name: "Phường Phú Thuận", weight: 12.5, form: 1.03 },
  { name: "Phường Tân Phú", weight: 7, form: 0.95 },
  { name: "Phường Phú Mỹ", weight: 9, form: 0.96 },
];

/** The demo wards for these names: Quận 7's where known, an average ward otherwise. */
export function demoWards(names: readonly string[]): DemoWard[] {
  return names.map(
    (name) => QUAN_7_WARDS.find((ward) => ward.name === name) ?? { name, weight: 10, form: 1 },
  );
}
