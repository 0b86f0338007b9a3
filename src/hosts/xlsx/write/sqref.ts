import { parseRange, rangeAddress, type RangeRef } from "../../../workbook/a1";
import { contains, intersects, subtract } from "./rangeMath";

/**
 * Parsed sqref areas (undefined: one that does not parse) with `target` taken out: the areas
 * it does not touch as they are, those it overlaps as the rectangles around it, those inside
 * it (and those that do not parse) gone.
 */
export function areasWithout(
  areas: readonly (RangeRef | undefined)[],
  target: RangeRef,
): RangeRef[] {
  return areas.flatMap((a) => (!a ? [] : contains(target, a) ? [] : subtract(a, target)));
}

/**
 * An sqref ("A1:B4 D7") with `target` taken out, for a validation or conditional format that
 * the change replaces on the target's cells: "kept" when no area touches the target (the
 * element keeps its text), "gone" when every area lies inside it, else the remaining areas as
 * an sqref (rectangles around the target).
 */
export function sqrefWithout(
  sqref: string,
  target: RangeRef,
): { kind: "kept" } | { kind: "gone" } | { kind: "clipped"; sqref: string } {
  const areas = sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((a) => parseRange(a.replace(/\$/g, "")));
  if (!areas.some((a) => a && intersects(a, target))) return { kind: "kept" };
  const rest = areasWithout(areas, target);
  if (rest.length === 0) return { kind: "gone" };
  return { kind: "clipped", sqref: rest.map((a) => rangeAddress(a.start, a.end)).join(" ") };
}
