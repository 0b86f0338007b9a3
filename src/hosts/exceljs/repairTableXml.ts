/**
 * Fixes a table part (xl/tables/tableN.xml) before ExcelJS 4.4 parses it, so that what it reads
 * is right and what it writes back opens in Excel:
 *
 * - headerRowCount defaults to 1 in the file format, but ExcelJS reads a missing attribute as
 *   "no header row" and writes headerRowCount="0" back (the header row turns into data);
 * - hiddenButton defaults to false, but ExcelJS reads a missing one as "hidden" (and only "0"
 *   as false);
 * - a tableColumn with children (calculatedColumnFormula, totalsRowFormula, xmlColumnPr,
 *   extLst) ends early in ExcelJS's parser: the table loses columns, and a table whose filter
 *   names a lost column makes it throw. The children are dropped (the cells keep their own
 *   formulas; only Excel's "fill the formula into new rows" is lost), and a totals function
 *   "custom", whose formula was such a child, is dropped with it;
 * - filter criteria ExcelJS cannot parse (iconFilter, colorFilter, dynamicFilter, top10) make
 *   it throw: such a filterColumn keeps only its attributes. Rows the filter hid stay hidden.
 */

/** Attributes of one start tag, quoted values included; never crosses a ">". */
const ATTRS = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const CHILDREN = "calculatedColumnFormula|totalsRowFormula|xmlColumnPr";
const UNPARSED_FILTERS = /<(iconFilter|colorFilter|dynamicFilter|top10)\b/;

export function repairTableXml(xml: string): string {
  let out = xml.replace(/<table\b[^>]*>/, (tag) =>
    /\sheaderRowCount\s*=/.test(tag) ? tag : tag.replace(/^<table\b/, '<table headerRowCount="1"'),
  );
  out = out.replace(
    new RegExp(`<(${CHILDREN})\\b[^>]*/>|<(${CHILDREN})\\b[^>]*>[\\s\\S]*?</\\2>`, "g"),
    "",
  );
  out = out.replace(
    new RegExp(`(<tableColumn\\b${ATTRS}>)\\s*<extLst>[\\s\\S]*?</extLst>`, "g"),
    "$1",
  );
  out = out.replace(
    new RegExp(`<tableColumn\\b${ATTRS}>\\s*</tableColumn>`, "g"),
    "<tableColumn$1/>",
  );
  out = out.replace(/(<tableColumn\b[^>]*?)\s+totalsRowFunction\s*=\s*"custom"/g, "$1");
  out = out.replace(
    new RegExp(`<filterColumn\\b${ATTRS}>([\\s\\S]*?)</filterColumn>`, "g"),
    (whole, attributes: string, inner: string) =>
      UNPARSED_FILTERS.test(inner) ? `<filterColumn${attributes}/>` : whole,
  );
  return out.replace(
    new RegExp(`<filterColumn\\b${ATTRS}(/?)>`, "g"),
    (_tag, attributes: string, slash: string) =>
      `<filterColumn${normalHiddenButton(attributes)}${slash}>`,
  );
}

/** hiddenButton as ExcelJS understands it: "0" or "1", "0" when absent. */
function normalHiddenButton(attributes: string): string {
  const m = /\shiddenButton\s*=\s*["']([^"']*)["']/.exec(attributes);
  const hidden = m ? m[1] === "1" || m[1] === "true" : false;
  const rest = m ? attributes.replace(m[0], "") : attributes;
  return `${rest} hiddenButton="${hidden ? "1" : "0"}"`;
}
