import { parseRange, address, type RangeRef } from "../../../../../src/workbook/a1";
import type { Change } from "../../../../../src/workbook/changeSet";
import type { PackageParts } from "../../../../../src/hosts/xlsx/write/packageParts";
import { childElements, rootElement } from "../../../../../src/hosts/xlsx/write/xmlScan";
import { attribute, attributes } from "../../../../../src/hosts/xlsx/write/xmlText";
import { WORKSHEET_ORDER } from "../../../../../src/hosts/xlsx/write/worksheetOrder";

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : "");

/** Worksheet children each change kind may rewrite (besides sheetData's written cells). */
const MAY_CHANGE: Partial<Record<Change["kind"], string[]>> = {
  values: ["dimension"],
  formulas: ["dimension"],
  conditionalFormat: ["conditionalFormatting"],
  entryValidation: ["dataValidations"],
  protectSheet: ["sheetProtection"],
  style: ["dimension"],
  clear: ["mergeCells"],
  merge: ["mergeCells"],
  note: ["legacyDrawing"],
  columnWidths: ["cols"],
  freeze: ["sheetViews"],
  listValidation: ["dataValidations"],
  print: ["pageSetup", "sheetPr", "pageMargins", "printOptions"],
  activate: ["sheetViews"],
  chart: ["drawing"],
};

/** Cells a change writes (values, styles, clears, merges), as ranges. */
function writtenRanges(changes: Change[], sheet: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const c of changes) {
    if (!("sheet" in c) || c.sheet !== sheet) continue;
    if (c.kind === "protectSheet") {
      out.push(...c.unlocked.flatMap((r) => parseRange(r) ?? []));
    } else if (c.kind === "values" || c.kind === "formulas") {
      const at = parseRange(c.anchor);
      if (!at) continue;
      const width = Math.max(1, ...c.rows.map((r) => r.length));
      out.push({
        start: at.start,
        end: { row: at.start.row + c.rows.length - 1, column: at.start.column + width - 1 },
      });
    } else if (c.kind === "style" || c.kind === "clear" || c.kind === "merge") {
      const r = parseRange(c.range);
      if (r) out.push(r);
    }
  }
  return out;
}

function inside(ranges: RangeRef[], row: number, column: number): boolean {
  return ranges.some(
    (r) =>
      r.start.row <= row && row <= r.end.row && r.start.column <= column && column <= r.end.column,
  );
}

export interface SheetDiff {
  problems: string[];
  /** Cells outside the written ranges whose element changed (style index or value). */
  changedCells: number;
}

/**
 * Compares a worksheet before and after: every top-level element a change does not name is
 * unchanged and in order; every cell outside the written ranges keeps its exact text; the
 * children come in schema order.
 */
export function diffWorksheet(
  before: string,
  after: string,
  changes: Change[],
  sheet: string,
): SheetDiff {
  const problems: string[] = [];
  const kinds = new Set(
    changes.filter((c) => "sheet" in c && c.sheet === sheet).map((c) => c.kind),
  );
  const mayChange = new Set([...kinds].flatMap((k) => MAY_CHANGE[k] ?? []));
  const children = (xml: string) => {
    const root = rootElement(xml);
    return childElements(xml, root.contentStart, root.contentEnd, new Set(["sheetData"])).map(
      (c) => ({ name: c.name, text: xml.slice(c.start, c.end) }),
    );
  };
  const a = children(before);
  const b = children(after);
  const ranks = b.map((c) => WORKSHEET_ORDER.indexOf(c.name)).filter((r) => r >= 0);
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]))
    problems.push(`children out of schema order: ${b.map((c) => c.name).join(",")}`);
  for (const child of a) {
    if (child.name === "sheetData" || mayChange.has(child.name)) {
      if (!b.some((c) => c.name === child.name) && child.name !== "mergeCells")
        problems.push(`lost <${child.name}>`);
      continue;
    }
    if (!b.some((c) => c.name === child.name && c.text === child.text))
      problems.push(`<${child.name}> changed or lost`);
  }
  const written = writtenRanges(changes, sheet);
  const cellsOf = (xml: string) => {
    const out = new Map<string, string>();
    const data = children(xml).find((c) => c.name === "sheetData");
    if (!data) return out;
    const outer = childElements(data.text)[0];
    let lastRow = 0;
    for (const row of childElements(data.text, outer.contentStart, outer.contentEnd)) {
      const r = Number(attribute(row.openTag, "r") ?? lastRow + 1);
      lastRow = r;
      let lastCol = 0;
      for (const c of childElements(data.text, row.contentStart, row.contentEnd)) {
        if (c.name !== "c") continue;
        const ref = attributes(c.openTag).r;
        const col = ref ? (parseRange(ref)?.start.column ?? lastCol + 1) : lastCol + 1;
        lastCol = col;
        out.set(address(r, col), data.text.slice(c.start, c.end));
      }
    }
    return out;
  };
  const cellsBefore = cellsOf(before);
  const cellsAfter = cellsOf(after);
  let changedCells = 0;
  for (const [ref, cell] of cellsBefore) {
    const at = parseRange(ref);
    if (!at || inside(written, at.start.row, at.start.column)) continue;
    const now = cellsAfter.get(ref);
    if (now === cell) continue;
    // A cell of a shared formula whose master was overwritten gets its formula written out.
    if (
      now !== undefined &&
      /t="shared"/.test(cell) &&
      attribute(now.slice(0, now.indexOf(">") + 1), "s") ===
        attribute(cell.slice(0, cell.indexOf(">") + 1), "s")
    )
      continue;
    changedCells += 1;
    if (changedCells <= 5) problems.push(`cell ${ref} changed: ${cell} → ${now}`);
  }
  return { problems, changedCells };
}

/** The items of each list of styles.xml that the input had must be the output's first items, unchanged. */
export function diffStyles(before: string, after: string): string[] {
  const lists = (xml: string) => {
    const root = rootElement(xml);
    const out = new Map<string, string[]>();
    for (const c of childElements(xml, root.contentStart, root.contentEnd)) {
      if (
        ![
          "numFmts",
          "fonts",
          "fills",
          "borders",
          "cellStyleXfs",
          "cellXfs",
          "cellStyles",
          "dxfs",
        ].includes(c.name)
      )
        continue;
      out.set(
        c.name,
        childElements(xml, c.contentStart, c.contentEnd).map((e) => xml.slice(e.start, e.end)),
      );
    }
    return out;
  };
  const a = lists(before);
  const b = lists(after);
  const problems: string[] = [];
  for (const [name, items] of a) {
    const now = b.get(name) ?? [];
    items.forEach((item, i) => {
      if (now[i] !== item) problems.push(`styles ${name}[${i}] changed`);
    });
  }
  return problems;
}

export { text as partText };
export type { PackageParts };
