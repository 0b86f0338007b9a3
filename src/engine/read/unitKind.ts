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

/**
 * Names (folded) of things a plan wants fewer of: accidents, fires, crime, poor households.
 * A target of 0 for one of these is a ceiling ("không để xảy ra"), not a missing plan.
 */
export function isLowerBetterName(foldedName: string): boolean {
  return /tai nan|tu vong|chet|chay|vi pham|toi pham|pham phap|ma tuy|ho ngheo|can ngheo|tai ngheo|that nghiep|suy dinh duong|o nhiem|khieu nai|to cao|no dong|no xau|thiet hai|dich benh|buon lau|xam hai|bao luc|bo hoc|ton dong|lan chiem|accident|death|fire|crime|poverty|unemploy|pollution|complaint/.test(
    `${foldedName} `,
  );
}
