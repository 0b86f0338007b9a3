import { findingMessage, findingPlace, type Finding } from "../engine/findings/finding";
import type { Language } from "../engine/model/status";
import type { CliIo } from "./io";
import { SEVERITY_WORDS } from "./severityWord";

/** Every finding but the informational ones, one line each with its place; those are counted. */
export function printFindings(io: CliIo, findings: readonly Finding[], lang: Language): void {
  const shown = findings.filter((f) => f.severity !== "info");
  if (shown.length > 0)
    io.stdout(`\n${lang === "vi" ? "Phát hiện" : "Findings"} (${shown.length}):\n`);
  for (const f of shown) {
    // A finding about the whole report (a sub-unit that sent nothing) has no place to name.
    const place = findingPlace(f);
    const where = place === "" ? "" : `${place}: `;
    io.stdout(`  ${SEVERITY_WORDS[lang][f.severity]}: ${where}${findingMessage(f, lang)}\n`);
  }
  const info = findings.length - shown.length;
  if (info > 0) {
    io.stdout(
      lang === "vi"
        ? `(${info} ghi chú thông tin, xem --json)\n`
        : `(${info} informational notes, see --json)\n`,
    );
  }
}
