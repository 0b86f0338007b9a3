import type { Change } from "../changeSet";
import { SheetDraft } from "../templates/sheetDraft";
import { DISTRIBUTE_TEXT, type GuideFacts } from "./distributeText";
import type { Language } from "../../engine/model/status";

/** The "Hướng dẫn" sheet: what to fill, by when, how to send it back; protected like the report. */
export function guideSheet(sheet: string, facts: GuideFacts, lang: Language): Change[] {
  const draft = new SheetDraft(sheet);
  const lines = DISTRIBUTE_TEXT[lang].guide(facts);
  lines.forEach((line) => draft.addRow(line));
  draft.style(1, 1, 1, 1, { bold: true, fontSize: 14 });
  draft.style(2, 1, 2, 1, { italic: true });
  draft.style(1, 1, lines.length, 1, { wrap: true, vertical: "top" });
  lines.forEach((line, i) => {
    if (/^\d\. /.test(String(line[0] ?? ""))) draft.style(i + 1, 1, i + 1, 1, { bold: true });
  });
  draft.widths([88]);
  draft.fitRows(1, lines.length, [{ columns: [1], width: 88 }]);
  draft.print({ orientation: "portrait", paper: "A4", fitToWidth: true });
  return [...draft.changes(), { kind: "protectSheet", sheet, unlocked: [] }];
}
