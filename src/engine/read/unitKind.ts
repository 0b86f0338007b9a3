import { foldText } from "../text/normalize";

export function isPercentUnit(unit: string | undefined): boolean {
  if (!unit) return false;
  const folded = foldText(unit);
  return folded.includes("%") || folded === "phan tram" || folded === "percent";
}

/** A rate or share (from its folded name): its values lie in 0–100 when the unit is %. */
export function isRateName(foldedName: string): boolean {
  return /^(ty le|ty trong|co cau|rate|share|proportion)\b/.test(foldedName);
}

/** Names (folded) whose values may fall below zero: growth, change, balance. */
export function allowsNegative(foldedName: string): boolean {
  return /toc do|tang truong|chenh lech|bien dong|boi chi|can doi|growth|change|balance|deficit/.test(
    foldedName,
  );
}
