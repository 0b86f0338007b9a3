import { PLAN_FIELDS } from "./fields";
import type { PlanFieldName } from "./fields";
import type { IndicatorDefinition } from "./indicators/definition";
import { SHARED_INDICATORS, sharedDefinition } from "./indicators/sharedIndicators";
import type { SharedCode } from "./indicators/sharedIndicators";
import type { TemplateField, TemplateIndicator } from "./types";

/** Where a level's indicator differs from the shared (district) definition. */
export interface IndicatorOverride {
  name?: string;
  /** The level's target as typed, and its value: same kind and flags as the district's. */
  figure?: [text: string, value: number];
  /** The level's own last-year figure: a district's baseline is never taken over. */
  baseline?: number;
  /** Without it, the note cites the district's source: "Mức của Nam Từ Liêm, 2023". */
  note?: string;
}

/** How a province or ward plan is made from the shared indicators. */
export interface LevelSpec {
  /** Per field, in sheet order: shared codes, or an indicator only this level has. */
  codes: Record<PlanFieldName, ReadonlyArray<SharedCode | TemplateIndicator>>;
  overrides: Partial<Record<SharedCode, IndicatorOverride>>;
}

/** A fresh indicator with its keys in the declared order and no undefined optional key. */
function indicator(parts: TemplateIndicator): TemplateIndicator {
  const { code, name, unit, targetText, target, aggregation, cumulative } = parts;
  const { baseline, role, note } = parts;
  return {
    code,
    name,
    unit,
    targetText,
    target: { ...target },
    aggregation: { ...aggregation },
    cumulative,
    ...(baseline === undefined ? {} : { baseline }),
    ...(role === undefined ? {} : { role }),
    ...(note === undefined ? {} : { note }),
  };
}

function districtIndicator(code: string, definition: IndicatorDefinition): TemplateIndicator {
  const { source, note = source, ...rest } = definition;
  return indicator({ code, ...rest, note });
}

function levelIndicator(code: SharedCode, override: IndicatorOverride = {}): TemplateIndicator {
  const shared = sharedDefinition(code);
  const { figure } = override;
  return indicator({
    code,
    name: override.name ?? shared.name,
    unit: shared.unit,
    targetText: figure ? figure[0] : shared.targetText,
    target: figure ? { ...shared.target, value: figure[1] } : shared.target,
    aggregation: shared.aggregation,
    cumulative: shared.cumulative,
    baseline: override.baseline,
    role: shared.role,
    note: override.note ?? (shared.source && `Mức của ${shared.source}`),
  });
}

/** The district plan's fields: every shared indicator as defined. */
export function districtFields(): TemplateField[] {
  return PLAN_FIELDS.map((name) => ({
    name,
    indicators: Object.entries(SHARED_INDICATORS[name]).map(([code, definition]) =>
      districtIndicator(code, definition),
    ),
  }));
}

/** A province's or ward's fields: the codes it lists, changed where it overrides them. */
export function levelFields(spec: LevelSpec): TemplateField[] {
  return PLAN_FIELDS.map((name) => ({
    name,
    indicators: spec.codes[name].map((entry) =>
      typeof entry === "string" ? levelIndicator(entry, spec.overrides[entry]) : indicator(entry),
    ),
  }));
}
