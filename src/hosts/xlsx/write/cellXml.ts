import { address } from "../../../workbook/a1";
import type { WriteValue } from "../../../workbook/changeSet";
import { attribute, escapeXml } from "./xmlText";

/**
 * A cell element holding `value`: numbers as <v>, booleans as t="b", text as an inline string
 * (t="inlineStr"), never as a formula, whatever it starts with. null gives an empty cell that
 * keeps its style. `style` is the cell's style index (its s attribute), kept as it was.
 */
export function cellXml(
  prefix: string,
  row: number,
  column: number,
  style: string | undefined,
  value: WriteValue,
): string {
  const q = (name: string) => `${prefix}${name}`;
  const r = address(row, column);
  const s = style !== undefined && style !== "0" ? ` s="${escapeXml(style)}"` : "";
  if (value === null) return `<${q("c")} r="${r}"${s}/>`;
  if (typeof value === "number")
    return `<${q("c")} r="${r}"${s}><${q("v")}>${numberText(value)}</${q("v")}></${q("c")}>`;
  if (typeof value === "boolean") {
    return `<${q("c")} r="${r}"${s} t="b"><${q("v")}>${value ? 1 : 0}</${q("v")}></${q("c")}>`;
  }
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return (
    `<${q("c")} r="${r}"${s} t="inlineStr"><${q("is")}><${q("t")}${space}>${escapeXml(value)}` +
    `</${q("t")}></${q("is")}></${q("c")}>`
  );
}

/** A number as xsd:double text. */
export function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

/** The style index a cell element carries ("0" when none). */
export function cellStyle(cellText: string | undefined): string | undefined {
  if (cellText === undefined) return undefined;
  const open = cellText.slice(0, cellText.indexOf(">") + 1);
  return attribute(open, "s");
}

/** The cell element with its style index replaced (its value and other attributes kept). */
export function withCellStyle(cellText: string, style: string): string {
  const end = cellText.indexOf(">") + 1;
  const open = cellText.slice(0, end);
  const next = /\ss\s*=\s*"[^"]*"/.test(open)
    ? open.replace(/(\s)s\s*=\s*"[^"]*"/, `$1s="${style}"`)
    : open.replace(/^(<[^\s/>]+)/, `$1 s="${style}"`);
  return next + cellText.slice(end);
}

/** True when the cell element holds a formula. */
export function hasFormula(cellText: string): boolean {
  return /<(?:[\w.-]+:)?f[\s>/]/.test(cellText);
}

/** A shared formula's master: its group id and range, when the cell is one. */
export function sharedMaster(cellText: string): { si: string; ref: string } | undefined {
  const m = /<((?:[\w.-]+:)?f)\b([^>]*)>/.exec(cellText);
  if (!m || m[0].endsWith("/>")) return undefined;
  const tag = m[0];
  if (attribute(tag, "t") !== "shared") return undefined;
  const si = attribute(tag, "si");
  const ref = attribute(tag, "ref");
  return si !== undefined && ref !== undefined ? { si, ref } : undefined;
}

/**
 * A cell element holding a formula (already in stored form, see formulaText.ts) with no cached
 * value: Excel and LibreOffice compute it on open (the workbook asks for a full calculation).
 */
export function formulaCellXml(
  prefix: string,
  row: number,
  column: number,
  style: string | undefined,
  formula: string,
): string {
  const q = (name: string) => `${prefix}${name}`;
  const s = style !== undefined && style !== "0" ? ` s="${escapeXml(style)}"` : "";
  return `<${q("c")} r="${address(row, column)}"${s}><${q("f")}>${escapeXml(formula)}</${q("f")}></${q("c")}>`;
}
