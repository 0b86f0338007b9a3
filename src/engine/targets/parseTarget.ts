import type { Target } from "../model/target";
import { parseNumberText, type NumberStyle } from "../numbers/parseNumber";
import { foldText } from "../text/normalize";
import type { TargetNumber } from "./buildTarget";
import { findTargetRule } from "./targetGrammar";
import { targetShape } from "./targetShape";
import { tokenizeTarget } from "./tokenizeTarget";

export type ParsedTarget =
  | { ok: true; target: Target }
  | { ok: false; reason: "empty" }
  | { ok: false; reason: "unknown"; text: string }
  | {
      ok: false;
      reason: "ambiguous_number";
      text: string;
      /** The number as typed, e.g. "1.000". */
      number: string;
      asVi: number;
      asEn: number;
    };

/** Longer texts are not targets; this also bounds the work the grammar does. */
const MAX_TOKENS = 40;

type ReadNumbers = { ok: true; numbers: TargetNumber[] } | Extract<ParsedTarget, { ok: false }>;

function readNumbers(text: string, raws: readonly string[], style?: NumberStyle): ReadNumbers {
  const numbers: TargetNumber[] = [];
  for (const raw of raws) {
    const parsed = parseNumberText(raw, style);
    if (parsed.ok) {
      numbers.push({ value: parsed.value, percentSign: parsed.percentSign });
    } else if (parsed.reason === "ambiguous") {
      const { asVi, asEn } = parsed;
      return {
        ok: false,
        reason: "ambiguous_number",
        text,
        number: raw,
        asVi,
        asEn,
      };
    } else {
      return { ok: false, reason: "unknown", text };
    }
  }
  return { ok: true, numbers };
}

function parse(text: string, style?: NumberStyle): ParsedTarget {
  const tokens = tokenizeTarget(text);
  if (tokens.length === 0) {
    return foldText(text) === ""
      ? { ok: false, reason: "empty" }
      : { ok: false, reason: "unknown", text };
  }
  if (tokens.length > MAX_TOKENS) return { ok: false, reason: "unknown", text };
  const rule = findTargetRule(targetShape(tokens));
  if (rule === undefined) return { ok: false, reason: "unknown", text };
  const raws = tokens.flatMap((token) => (token.type === "number" ? [token.raw] : []));
  const read = readNumbers(text, raws, style);
  if (!read.ok) return read;
  return { ok: true, target: rule.build(read.numbers) };
}

/**
 * Reads a target as typed in the "Kế hoạch" column, in Vietnamese or English, whatever the
 * case, diacritics or spacing: "từ 12% trở lên", "trên 70%", "không quá 3", "13-14%",
 * "giảm 3 - 5%", "tăng 200 hộ", "duy trì 100%", "hoàn thành 3 đồ án", "at least 12", "12".
 * Numbers are read with parseNumberText in `style`; one that `style` does not settle ("1.000"
 * without a style) gives "ambiguous_number". Units after a number are ignored; a plain number
 * is at_least; "hoàn thành 100%" is at_least 100%; "đạt" alone is a milestone. Anything else
 * is "unknown". Never throws.
 */
export function parseTargetText(text: string, style?: NumberStyle): ParsedTarget {
  if (typeof text !== "string") return { ok: false, reason: "empty" };
  try {
    return parse(text, style);
  } catch {
    return { ok: false, reason: "unknown", text };
  }
}
