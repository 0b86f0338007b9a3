import type { CellValue } from "../snapshot";

/**
 * Removes a reporting system's template tags ("<#ListData.STT>", "<#if(<#FirstPage>=false;
 * <#delete column>;)>", FlexCel's syntax in the corpus's vn05–vn07), nested ones whole.
 */
export function withoutPlaceholders(text: string): string {
  if (!text.includes("<#")) return text;
  let out = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "<" && (depth > 0 || text[i + 1] === "#")) depth++;
    else if (ch === ">" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** A cell holding template tags where a figure or a name will go. */
export function isPlaceholder(value: CellValue): boolean {
  return typeof value === "string" && value.includes("<#");
}

/** A cell holding nothing but template tags. */
export function isOnlyPlaceholder(value: CellValue): boolean {
  return isPlaceholder(value) && withoutPlaceholders(value as string).trim() === "";
}
