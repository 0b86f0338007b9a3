import type { TargetToken } from "./tokenizeTarget";

/** Placeholder for a number in a shape. */
export const NUMBER_MARK = "#";

/**
 * Phrases dropped wherever they stand: "tăng trưởng" (growth) and "tốc độ" (rate) name the
 * indicator, they are not "tăng" (increase) — "tốc độ tăng trưởng từ 12% trở lên" is ≥ 12%.
 */
const NOISE_PHRASES = [/(^| )toc do tang truong(?= |$)/gu, /(^| )tang truong(?= |$)/gu];

/** Symbols some rule uses; any other symbol shows as "?", which no rule matches. */
const GRAMMAR_SYMBOLS = new Set([">=", "<=", ">", "<", "-", "~", "+"]);

/** "8%/năm": a "/" between a number and a word only starts the unit. */
function isUnitSlash(tokens: readonly TargetToken[], index: number): boolean {
  const token = tokens[index];
  return (
    token.type === "symbol" &&
    token.text === "/" &&
    tokens[index - 1]?.type === "number" &&
    tokens[index + 1]?.type === "word"
  );
}

/**
 * The shape a grammar rule matches: words as folded text, every number as "#", the symbols a
 * rule uses as themselves and any other symbol as "?", one space between tokens:
 * "Từ 12% trở lên" → "tu # tro len". The numbers keep their order, so the n-th "#" is the n-th
 * number token.
 */
export function targetShape(tokens: readonly TargetToken[]): string {
  const parts: string[] = [];
  tokens.forEach((token, index) => {
    if (isUnitSlash(tokens, index)) return;
    if (token.type === "number") parts.push(NUMBER_MARK);
    else if (token.type === "word" || GRAMMAR_SYMBOLS.has(token.text)) parts.push(token.text);
    else parts.push("?");
  });
  let shape = parts.join(" ");
  for (const phrase of NOISE_PHRASES) shape = shape.replace(phrase, "");
  return shape.trim();
}
