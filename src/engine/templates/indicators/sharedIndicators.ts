import type { PlanFieldName } from "../fields";
import { ADMINISTRATION } from "./administration";
import type { IndicatorDefinition } from "./definition";
import { ECONOMY } from "./economy";
import { PARTY } from "./party";
import { SECURITY } from "./security";
import { SOCIETY } from "./society";
import { URBAN } from "./urban";

/** Every indicator the plan templates share, defined once, by field in sheet order. */
export const SHARED_INDICATORS = {
  "Kinh tế": ECONOMY,
  "Xã hội": SOCIETY,
  "Đô thị – Môi trường": URBAN,
  "Quốc phòng – An ninh": SECURITY,
  "Cải cách hành chính": ADMINISTRATION,
  "Xây dựng Đảng": PARTY,
} satisfies Record<PlanFieldName, Record<string, IndicatorDefinition>>;

type SharedTables = typeof SHARED_INDICATORS;

/** The code of a shared indicator ("KT01"). */
export type SharedCode = { [Field in PlanFieldName]: keyof SharedTables[Field] }[PlanFieldName];

const TABLES: Record<string, IndicatorDefinition>[] = Object.values(SHARED_INDICATORS);

const BY_CODE = Object.fromEntries(TABLES.flatMap((table) => Object.entries(table)));

/** The shared definition of the indicator with this code. */
export function sharedDefinition(code: SharedCode): IndicatorDefinition {
  return BY_CODE[code];
}

/** The codes of all the field's shared indicators, in sheet order. */
export function sharedCodes(field: PlanFieldName): SharedCode[] {
  return Object.keys(SHARED_INDICATORS[field]) as SharedCode[];
}
