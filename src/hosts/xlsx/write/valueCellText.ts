import { address } from "../../../workbook/a1";
import type { WriteValue } from "../../../workbook/changeSet";
import { escapeXml } from "./xmlEscape";

/** A number as xsd:double text. */
export function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

/**
 * A cell element holding `value`: numbers as <v>, booleans as t="b", text as an inline string
 * (t="inlineStr"), never as a formula, whatever it starts with. null gives an empty cell that
 * keeps its style. `style` is the cell's style index (its s attribute, none when undefined),
 * after the r attribute, or before it when `styleFirst` (a style given to the cell later goes
 * right after the element's name).
 */
export function valueCellText(
  prefix: string,
  row: number,
  column: number,
  style: string | undefined,
  value: WriteValue,
  styleFirst = false,
): string {
  const r = ` r="${address(row, column)}"`;
  const s = style !== undefined ? ` s="${escapeXml(style)}"` : "";
  return `<${prefix}c${styleFirst ? s + r : r + s}${valueCellRest(prefix, value)}`;
}

/** What follows a value cell's r and s attributes: its type, its value and its end. */
export function valueCellRest(prefix: string, value: WriteValue): string {
  if (value === null) return "/>";
  if (typeof value === "number")
    return `><${prefix}v>${numberText(value)}</${prefix}v></${prefix}c>`;
  if (typeof value === "boolean")
    return ` t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return (
    ` t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeXml(value)}` +
    `</${prefix}t></${prefix}is></${prefix}c>`
  );
}
