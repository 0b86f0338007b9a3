import type { Messages } from "../i18n/messages";
import { paneErrorText } from "../gateway/paneErrorText";
import type { FileImport, ImportOutcome } from "./importFiles";

/** A size in the pane's words: "3,2 MB". */
function megabytes(bytes: number, t: Messages): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString(t.htmlLang, { maximumFractionDigits: 1 })} MB`;
}

/** One file's line: inserted, not an .xlsx, refused (and why) or failed. */
export function fileLine(result: FileImport, t: Messages): string {
  const c = t.consolidate;
  switch (result.kind) {
    case "inserted":
      return c.imported(result.file, result.sheets.join(", "));
    case "notXlsx":
      return c.importNotXlsx(result.file);
    case "refused": {
      const { refusal } = result;
      if (refusal.kind === "tooLarge") {
        // The limit is on the file's base64, a third bigger than the file.
        return c.importTooLarge(
          result.file,
          megabytes(refusal.bytes, t),
          megabytes((refusal.limit * 3) / 4, t),
        );
      }
      return c.importWebParts(result.file, refusal.parts.map((p) => c.importParts[p]).join(", "));
    }
    case "failed":
      // Excel on the web's own refusal, where the package could not be looked into first.
      if (result.error.code === "UnsupportedFeature") {
        const all = (["charts", "comments", "pivotTables", "slicers"] as const).map(
          (p) => c.importParts[p],
        );
        return c.importWebParts(result.file, all.join(", "));
      }
      return c.importFailed(result.file, paneErrorText(result.error, t).join(" "));
  }
}

/** What the pane says after an import: a line a file; ok when every file went in. */
export function importNote(outcome: ImportOutcome, t: Messages): { ok: boolean; lines: string[] } {
  if (outcome.kind === "unsupported") {
    return { ok: false, lines: [t.consolidate.importUnsupported(outcome.platform ?? "")] };
  }
  return {
    ok: outcome.files.every((f) => f.kind === "inserted"),
    lines: outcome.files.map((f) => fileLine(f, t)),
  };
}
