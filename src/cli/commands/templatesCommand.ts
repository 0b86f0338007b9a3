import type { Language } from "../../engine/model/status";
import { TEMPLATES } from "../../engine/templates/catalogue";
import type { Template } from "../../engine/templates/types";
import { EXIT, type CliIo, type ExitCode } from "../io";

function indicatorCount(template: Template): number {
  switch (template.kind) {
    case "plan":
      return template.fields.reduce((n, f) => n + f.indicators.length, 0);
    case "allocation":
      return template.allocations.length;
    case "budget":
      return template.tables.reduce((n, t) => n + t.lines.length, 0);
  }
}

/** `chitieu templates [--json]`: the catalogue. */
export function templatesCommand(io: CliIo, options: { json?: boolean; lang: Language }): ExitCode {
  const rows = TEMPLATES.map((t) => ({
    id: t.id,
    kind: t.kind,
    level: t.level,
    title: t.title[options.lang],
    description: t.description[options.lang],
    items: indicatorCount(t),
  }));
  if (options.json) {
    io.stdout(`${JSON.stringify({ templates: rows }, null, 2)}\n`);
    return EXIT.ran;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) io.stdout(`${r.id.padEnd(width)}  ${r.title} (${r.items})\n`);
  return EXIT.ran;
}
