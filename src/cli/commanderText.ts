import { Help } from "commander";
import type { Language } from "../engine/model/status";

/** Commander's own words in its help, and what they are in Vietnamese. */
const HELP_WORDS: ReadonlyArray<[english: string, vietnamese: string]> = [
  ["Usage:", "Cách dùng:"],
  ["Global Options:", "Tùy chọn chung:"],
  ["Options:", "Tùy chọn:"],
  ["Commands:", "Lệnh:"],
  ["Arguments:", "Tham số:"],
  ["[options]", "[tùy chọn]"],
  ["[command]", "[lệnh]"],
  ["(choices: ", "(chọn: "],
  ["default: ", "mặc định: "],
];

/** A piece of commander's help with its own words in the user's language. */
export function translateHelp(text: string, lang: Language): string {
  if (lang === "en") return text;
  return HELP_WORDS.reduce((out, [en, vi]) => out.split(en).join(vi), text);
}

/**
 * Help settings that translate each piece before commander lays the columns out, so that the
 * descriptions still line up.
 */
export function helpInLanguage(lang: Language): Partial<Help> {
  return {
    styleTitle: (title) => translateHelp(title, lang),
    subcommandTerm(command) {
      return translateHelp(Help.prototype.subcommandTerm.call(this, command), lang);
    },
    commandUsage(command) {
      return translateHelp(Help.prototype.commandUsage.call(this, command), lang);
    },
    optionDescription(option) {
      return translateHelp(Help.prototype.optionDescription.call(this, option), lang);
    },
  };
}

/** Commander's parse errors and their Vietnamese sentences; $1… are the error's own parts. */
const ERRORS: ReadonlyArray<[RegExp, string]> = [
  [/^error: required option '([^']+)' not specified.*/, "Lỗi: thiếu tùy chọn bắt buộc $1."],
  [/^error: missing required argument '([^']+)'.*/, "Lỗi: thiếu tham số bắt buộc <$1>."],
  [/^error: option '([^']+)' argument missing.*/, "Lỗi: $1 cần một giá trị."],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\.\s*(?:Allowed choices are )?(.*?)\.?$/,
    "Lỗi: giá trị “$2” của $1 không hợp lệ; cần: $3.",
  ],
  [/^error: unknown option '([^']+)'.*/, "Lỗi: không có tùy chọn $1."],
  [/^error: unknown command '([^']+)'.*/, "Lỗi: không có lệnh “$1”."],
  [/^error: too many arguments.*/, "Lỗi: thừa tham số."],
];

const SUGGESTION = /\(Did you mean ([^?]+)\?\)/;

/** A commander parse error in the user's language: one line, plus its "did you mean". */
export function translateError(text: string, lang: Language): string {
  const trimmed = text.trim();
  if (lang === "en") return `${trimmed.replace(/^error:/, "Error:")}\n`;
  const rule = ERRORS.find(([pattern]) => pattern.test(trimmed));
  if (!rule) return `${trimmed.replace(/^error:/, "Lỗi:")}\n`;
  const [pattern, sentence] = rule;
  const line = trimmed.split("\n")[0].replace(pattern, sentence);
  const suggestion = SUGGESTION.exec(trimmed);
  return `${line}${suggestion ? ` Có phải là ${suggestion[1]}?` : ""}\n`;
}
