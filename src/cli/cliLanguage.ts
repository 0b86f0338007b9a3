import type { Language } from "../engine/model/status";

/**
 * The language asked for on the command line (`--lang en` or `--lang=en`, anywhere), read before
 * parsing so that help and parse errors are in it too; Vietnamese otherwise.
 */
export function cliLanguage(args: readonly string[]): Language {
  for (const [i, arg] of args.entries()) {
    if (arg === "--") break;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : "";
    if (value === "en") return "en";
  }
  return "vi";
}
