import { parseRange, rangeAddress, type RangeRef } from "../../../workbook/a1";
import type { ConditionalRule } from "../../../workbook/changeSet";
import { storedFormula } from "./formulaText";
import type { PackageEdit } from "./packageEdit";
import { sqrefWithout } from "./sqref";
import type { DxfLook } from "./styleSheet";
import type { SheetEntry } from "./workbookDoc";
import { childElements } from "./xmlScan";
import { escapeXml, withAttribute } from "./xmlText";

/** Excel's built-in "Good", "Neutral" and "Bad" cell styles. */
export const LOOKS: Record<ConditionalRule["look"], DxfLook> = {
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  neutral: { fill: "#FFEB9C", fontColor: "#9C5700" },
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** The highest cfRule priority in the sheet's conditional formats (x14 rules in extLst too). */
function highestPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*["'](\d+)["']/g)) {
    max = Math.max(max, Number(m[1]));
  }
  return max;
}

/**
 * Sets the range's conditional formats: one <conditionalFormatting> with an expression rule per
 * rule, in order, each stopping later rules when it matches (stopIfTrue) and drawn with a
 * differential format appended to the style sheet. Rules the range's cells had go: a
 * conditionalFormatting lying inside the range is dropped, one reaching outside it keeps its
 * other cells; every other element keeps its text. New rules rank after every rule the sheet
 * has (priorities stay unique).
 */
export function setConditionalFormat(
  edit: PackageEdit,
  entry: SheetEntry,
  rangeText: string,
  rules: ConditionalRule[],
): void {
  const doc = edit.sheet(entry);
  const q = (n: string) => `${doc.prefix}${n}`;
  const target = parseRange(rangeText) as RangeRef;
  const kept: string[] = [];
  for (const text of doc.children("conditionalFormatting")) {
    const outer = childElements(text)[0];
    const sqref = outer ? /\ssqref\s*=\s*"([^"]*)"/.exec(outer.openTag)?.[1] : undefined;
    if (!outer || sqref === undefined) {
      kept.push(text);
      continue;
    }
    const left = sqrefWithout(sqref, target);
    if (left.kind === "kept") kept.push(text);
    else if (left.kind === "clipped") {
      kept.push(
        withAttribute(outer.openTag, "sqref", left.sqref) + text.slice(outer.openTag.length),
      );
    }
  }
  let priority = highestPriority(
    doc.children("conditionalFormatting").join("") + (doc.child("extLst") ?? ""),
  );
  const styles = edit.styleSheet();
  const cfRules = rules.map((rule) => {
    const dxfId = styles.dxf(LOOKS[rule.look]);
    priority += 1;
    return (
      `<${q("cfRule")} type="expression" dxfId="${dxfId}" priority="${priority}" stopIfTrue="1">` +
      `<${q("formula")}>${escapeXml(storedFormula(rule.formula.trim()))}</${q("formula")}></${q("cfRule")}>`
    );
  });
  const sqref = rangeAddress(target.start, target.end);
  kept.push(
    `<${q("conditionalFormatting")} sqref="${sqref}">${cfRules.join("")}</${q("conditionalFormatting")}>`,
  );
  doc.setChildren("conditionalFormatting", kept);
}
