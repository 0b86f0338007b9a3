import { noteLabel, readCode, tidyCode, type LabelContext } from "../text/numberedLabel";

export { tidyCode };

/** What was seen above, to tell the letter "C" (after "B") from the numeral "V" (after "IV"). */
export type CodeContext = LabelContext;

export interface LineCode {
  /** The code without its trailing "." or ")": "1.1", "a", "II". */
  code: string;
  rank: number;
}

/**
 * The level of a code as typed, or undefined when it follows none of the forms' numberings
 * (the same reading as the plan's rows: engine/text/numberedLabel). Records letters and
 * numerals in `context` for the codes below.
 */
export function readLineCode(text: string, context: CodeContext = {}): LineCode | undefined {
  const label = readCode(text, context);
  if (!label) return undefined;
  noteLabel(context, label);
  return { code: tidyCode(text), rank: label.rank };
}
