import type { ValidationInfo } from "../../../workbook/snapshot";
import { decodeArea } from "./cellAddress";

/** One <dataValidation> (or Excel 2010's <x14:dataValidation>) as the worksheet states it. */
export interface StatedValidation {
  type: string;
  operator: string;
  /** Space-separated areas ("A1:A5 C1"). */
  sqref: string;
  formula1?: string;
  formula2?: string;
}

/**
 * A stated validation as snapshot entries, one per area of its sqref: the type as written
 * ("none" when absent), a typed list's items, the inclusive numeric bounds the operator gives.
 * Areas that are not A1 areas are left out.
 */
export function validationInfos(stated: StatedValidation): ValidationInfo[] {
  const type = stated.type || "none";
  const rule: Omit<ValidationInfo, "range"> = { type };
  if (type === "list") {
    const list = typedList(stated.formula1);
    if (list) rule.list = list;
  } else {
    const first = numberOf(stated.formula1);
    const second = numberOf(stated.formula2);
    switch (stated.operator || "between") {
      case "between":
        if (first !== undefined) rule.min = first;
        if (second !== undefined) rule.max = second;
        break;
      case "equal":
        if (first !== undefined) rule.min = rule.max = first;
        break;
      case "greaterThanOrEqual":
        if (first !== undefined) rule.min = first;
        break;
      case "lessThanOrEqual":
        if (first !== undefined) rule.max = first;
        break;
    }
  }
  return stated.sqref
    .split(/\s+/)
    .map((area) => area.replace(/\$/g, "").toUpperCase())
    .filter((area) => area !== "" && decodeArea(area) !== undefined)
    .map((range) => ({ range, ...rule }));
}

/**
 * The items of a list typed into the rule ("\"Đạt,Không đạt\""): the quoted string split at its
 * commas, doubled quotes undone. undefined for a list taken from cells or a name.
 */
function typedList(formula: string | undefined): string[] | undefined {
  const text = formula?.trim();
  if (!text || text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return undefined;
  return text.slice(1, -1).replace(/""/g, '"').split(",");
}

/** A bound written as a number ("0", "-1.5", "1E3"); undefined for a formula or a reference. */
function numberOf(formula: string | undefined): number | undefined {
  const text = formula?.trim();
  if (!text || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}
