import fc from "fast-check";
import type { Target } from "../../../src/engine/model/target";

/** A finite number with up to 3 decimals, as people type targets. */
export function decimal(min: number, max: number): fc.Arbitrary<number> {
  return fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 3 }))
    .map(([digits, decimals]) => digits / 10 ** decimals);
}

const anyValue = decimal(-1_000_000_000, 1_000_000_000);
const size = decimal(0, 1_000_000_000);

function flag<K extends string>(key: K): fc.Arbitrary<Partial<Record<K, true>>> {
  return fc.boolean().map((on) => (on ? ({ [key]: true } as Record<K, true>) : {}));
}

const bound: fc.Arbitrary<Target> = fc
  .tuple(
    fc.constantFrom("at_least" as const, "at_most" as const),
    anyValue,
    flag("percentSign"),
    flag("strict"),
  )
  .map(([kind, value, percentSign, strict]) => ({
    kind,
    value,
    ...percentSign,
    ...strict,
  }));

const range: fc.Arbitrary<Target> = fc
  .tuple(anyValue, anyValue, flag("percentSign"))
  .map(([a, b, percentSign]) => ({
    kind: "range",
    value: Math.min(a, b),
    max: Math.max(a, b),
    ...percentSign,
  }));

/** relative exactly when a % sign is shown: "tăng 5%" is relative, "tăng 200" absolute. */
const change: fc.Arbitrary<Target> = fc
  .tuple(
    fc.constantFrom("increase" as const, "decrease" as const),
    size,
    fc.option(size, { nil: undefined }),
    fc.boolean(),
  )
  .map(([kind, a, b, relative]) => ({
    kind,
    value: b === undefined ? a : Math.min(a, b),
    ...(b === undefined ? {} : { max: Math.max(a, b) }),
    relative,
    ...(relative ? { percentSign: true as const } : {}),
  }));

const maintain: fc.Arbitrary<Target> = fc
  .tuple(anyValue, flag("percentSign"))
  .map(([value, percentSign]) => ({ kind: "maintain", value, ...percentSign }));

/** A milestone has no % sign: "hoàn thành 100%" reads as at_least 100%. */
const milestone: fc.Arbitrary<Target> = fc
  .option(size, { nil: undefined })
  .map((value) => (value === undefined ? { kind: "milestone" } : { kind: "milestone", value }));

/** A valid target in the canonical form parseTargetText produces. */
export const targetArbitrary: fc.Arbitrary<Target> = fc.oneof(
  bound,
  range,
  change,
  maintain,
  milestone,
);
