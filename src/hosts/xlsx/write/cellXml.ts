import { address } from "../../../workbook/a1";
import type { WriteValue } from "../../../workbook/changeSet";
import { CellEntry } from "./cellEntry";
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
  return cellEntry(prefix, row, column, style, value).text;
}

/** The cell element cellXml writes, as a row holds it. */
export function cellEntry(
  prefix: string,
  row: number,
  column: number,
  style: string | undefined,
  value: WriteValue,
): CellEntry {
  const c = `${prefix}c`;
  const r = ` r="${address(row, column)}"`;
  const s = style !== undefined && style !== "0" ? style : undefined;
  let tail: string;
  if (value === null) tail = "/>";
  else if (typeof value === "number") {
    tail = `><${prefix}v>${numberText(value)}</${prefix}v></${c}>`;
  } else if (typeof value === "boolean") {
    tail = ` t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  } else {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
    tail =
      ` t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeXml(value)}` +
      `</${prefix}t></${prefix}is></${c}>`;
  }
  // A style set later goes right after the element's name, as CellEntry.setStyle puts it.
  return s === undefined
    ? CellEntry.built(column, `<${c}`, s, r + tail)
    : CellEntry.built(column, `<${c}${r}`, s, tail);
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
