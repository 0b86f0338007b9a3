import type { Language } from "../model/status";
import { formatNumber } from "../numbers/formatNumber";
import { RULES, type RuleId } from "./rules";

export type Severity = "error" | "warning" | "info";

export type FindingParams = Record<string, string | number>;

/** One problem with the user's entries, where it is, and what to tell them. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet?: string;
  /** A1 address, e.g. "I12". */
  cell?: string;
  params: FindingParams;
}

export interface FindingLocation {
  sheet?: string;
  cell?: string;
}

export function finding(
  rule: RuleId,
  params: FindingParams = {},
  where: FindingLocation = {},
): Finding {
  const out: Finding = { rule, severity: RULES[rule].severity, params };
  if (where.sheet !== undefined) out.sheet = where.sheet;
  if (where.cell !== undefined) out.cell = where.cell;
  return out;
}

/** Fills `{name}` placeholders; numbers are written in the language's own style. */
function fill(template: string, params: FindingParams, lang: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, lang) : value;
  });
}

/** The finding's message in the user's language, without its location. */
export function findingMessage(f: Finding, lang: Language = "vi"): string {
  return fill(RULES[f.rule].message[lang], f.params, lang);
}

export function findingTitle(f: Finding, lang: Language = "vi"): string {
  return RULES[f.rule].title[lang];
}

/** "Sheet1!I12" or whichever part is known. */
export function findingPlace(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet ?? f.cell ?? "";
}

export interface FindingJson {
  severity: Severity;
  rule: RuleId;
  sheet: string | null;
  cell: string | null;
  message: string;
}

export function findingToJson(f: Finding, lang: Language = "vi"): FindingJson {
  return {
    severity: f.severity,
    rule: f.rule,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    message: findingMessage(f, lang),
  };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
