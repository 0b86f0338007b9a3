import type { Language } from "../../engine/model/status";
import { TEMPLATES } from "../../engine/templates/catalogue";
import type { BudgetLine, Template, TemplateKind } from "../../engine/templates/types";
import { EXIT, type CliIo, type ExitCode } from "../io";

/** What a template's items are, counted after its title. */
const ITEM_WORDS: Record<Language, Record<TemplateKind, string>> = {
  vi: { plan: "chỉ tiêu", allocation: "chỉ tiêu giao", budget: "dòng thu, chi" },
  en: { plan: "indicators", allocation: "allocated targets", budget: "budget lines" },
};

function lineCount(lines: readonly BudgetLine[]): number {
  return lines.reduce((n, line) => n + 1 + lineCount(line.children), 0);
}

function indicatorCount(template: Template): number {
  switch (template.kind) {
    case "plan":
      return template.fields.reduce((n, f) => n + f.indicators.length, 0);
    case "allocation":
      return template.allocations.length;
    case "budget":
      return template.tables.reduce((n, t) => n + lineCount(t.lines), 0);
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
  const words = ITEM_WORDS[options.lang];
  for (const r of rows)
    io.stdout(`${r.id.padEnd(width)}  ${r.title} (${r.items} ${words[r.kind]})\n`);
  return EXIT.ran;
}
