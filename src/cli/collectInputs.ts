import type { Language } from "../engine/model/status";
import type { Collection } from "../workbook/distribute/collect/collectReturns";
import { TRACKER_TEXT } from "../workbook/distribute/collect/trackerSheet";
import type { CliIo } from "./io";

/** The file's name without its folder, as messages and the tracker show it. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "Theo dõi nộp báo cáo: đã nhận 8/10 đơn vị" and a line per sub-unit not complete. */
export function printTracker(io: CliIo, collection: Collection, lang: Language): void {
  const t = TRACKER_TEXT[lang];
  const rows = collection.tracker;
  const received = rows.filter((r) => r.status !== "missing").length;
  io.stdout(`\n${t.sheet}: ${t.counts(received, rows.filter((r) => !r.unlisted).length)}\n`);
  for (const r of rows) {
    const file = r.file ? ` (${r.file})` : "";
    const replaced = r.replaced.length > 0 ? `; ${t.replaced(r.replaced.join(", "))}` : "";
    io.stdout(`  ${r.unit}: ${t.status[r.status]}${file}${replaced}\n`);
  }
}
