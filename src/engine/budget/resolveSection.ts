import { finding } from "../findings/finding";
import { cellAddress } from "./cellAddress";
import { cellText } from "../read/cellText";
import { foldText } from "../text/normalize";
import type { BudgetSection, RawBudgetTable } from "./rawBudget";
import type { WorkLine } from "./workLine";

/** A Loại cell: "Thu", "chi", "Revenue"…; "unknown" for anything else typed. */
function sectionOfType(text: string): BudgetSection | "unknown" | undefined {
  const folded = foldText(text);
  if (folded === "") return undefined;
  if (/^(thu|revenue|income)\b/.test(folded)) return "revenue";
  if (/^(chi|expenditure|spending|expense)\b/.test(folded)) return "expenditure";
  return "unknown";
}

/** "Tổng thu…", "Thu nội địa", "Các khoản thu…" → revenue; "Chi…", "Tổng chi…" → spending. */
export function sectionOfName(name: string): BudgetSection | undefined {
  const folded = foldText(name);
  if (/^((tong|tong so|cac khoan|nguon) )?thu\b/.test(folded)) return "revenue";
  if (/^((tong|tong so|cac khoan|nhiem vu) )?chi\b/.test(folded)) return "expenditure";
  return undefined;
}

/** The title's section when it names only one: "Dự toán chi ngân sách…". */
function sectionOfTitle(title: string | undefined): BudgetSection | undefined {
  const folded = foldText(title ?? "");
  const thu = /\bthu\b/.test(folded);
  const chi = /\bchi\b/.test(folded);
  if (thu === chi) return undefined;
  return thu ? "revenue" : "expenditure";
}

/**
 * Each line's section: its Loại cell, else its parent's, else its own name, else the title's.
 * A total row takes the section its lines share. An unreadable Loại cell is a finding.
 */
export function resolveSections(lines: WorkLine[], table: RawBudgetTable): void {
  const fromTitle = sectionOfTitle(table.title);
  for (const line of lines) {
    if (line.isTotal) continue;
    const typed = cellText(line.raw.cells.section);
    const own = sectionOfType(typed);
    if (own === "unknown") {
      const where = { sheet: table.sheet, cell: cellAddress(table, line.raw, "section") };
      line.findings.push(
        finding("budget_unknown_section", { name: line.label, value: typed }, where),
      );
    }
    const inherited = line.parent === undefined ? undefined : lines[line.parent].section;
    const section =
      (own === "unknown" ? undefined : own) ?? inherited ?? sectionOfName(line.name) ?? fromTitle;
    if (section) line.section = section;
  }
  for (const line of lines) {
    if (!line.isTotal || line.parts.length === 0) continue;
    const sections = new Set(line.parts.map((i) => lines[i].section));
    const [only] = [...sections];
    if (sections.size === 1 && only) line.section = only;
  }
}
