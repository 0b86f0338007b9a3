/** Text edits on a worksheet part's XML, prefix-aware (<x:sheetData> as well as <sheetData>). */

/** The highest row number the sheet lists (0 when it lists none). */
export function lastRow(xml: string): number {
  let last = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g)) last = Math.max(last, +m[1]);
  return last;
}

/** `rowsXml` (already prefixed as the sheet needs) added at the end of sheetData. */
export function appendRows(xml: string, rowsXml: string): string {
  const empty = /<((?:\w+:)?)sheetData\s*\/>/.exec(xml);
  if (empty) {
    const p = empty[1];
    return xml.replace(empty[0], `<${p}sheetData>${rowsXml}</${p}sheetData>`);
  }
  return xml.replace(/<\/((?:\w+:)?)sheetData>/, (close) => `${rowsXml}${close}`);
}

/** The namespace prefix of the sheet's elements ("x:" or ""). */
export function prefixOf(xml: string): string {
  return /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
}

/** One row holding one inline-string cell. */
export function textRow(xml: string, ref: string, text: string): string {
  const p = prefixOf(xml);
  const row = /\d+$/.exec(ref)?.[0] ?? "1";
  return `<${p}row r="${row}"><${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${text}</${p}t></${p}is></${p}c></${p}row>`;
}

/** One row holding one number cell. */
export function numberRow(xml: string, ref: string, value: number): string {
  const p = prefixOf(xml);
  const row = /\d+$/.exec(ref)?.[0] ?? "1";
  return `<${p}row r="${row}"><${p}c r="${ref}"><${p}v>${value}</${p}v></${p}c></${p}row>`;
}

/** Elements that follow mergeCells in a worksheet, in schema order. */
const AFTER_MERGES =
  /<(?:\w+:)?(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/** A merged area added to the sheet's mergeCells (made where the schema puts it). */
export function addMerge(xml: string, ref: string): string {
  const p = prefixOf(xml);
  const cell = `<${p}mergeCell ref="${ref}"/>`;
  if (/<\/(?:\w+:)?mergeCells>/.test(xml)) {
    return xml.replace(/<\/((?:\w+:)?)mergeCells>/, (close) => `${cell}${close}`);
  }
  const block = `<${p}mergeCells count="1">${cell}</${p}mergeCells>`;
  const after = AFTER_MERGES.exec(
    xml.slice(xml.search(/<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/)),
  );
  if (after) {
    const at = xml.indexOf(
      after[0],
      xml.search(/<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/),
    );
    return xml.slice(0, at) + block + xml.slice(at);
  }
  return xml.replace(/<\/((?:\w+:)?)worksheet>\s*$/, (close) => `${block}${close}`);
}

/** The dimension claim replaced (or added before sheetViews/sheetData). */
export function claimDimension(xml: string, ref: string): string {
  const p = prefixOf(xml);
  if (/<(?:\w+:)?dimension\b[^>]*\/>/.test(xml)) {
    return xml.replace(/<((?:\w+:)?)dimension\b[^>]*\/>/, `<$1dimension ref="${ref}"/>`);
  }
  return xml.replace(
    /<(?:\w+:)?(?:sheetViews|sheetFormatPr|cols|sheetData)\b/,
    (m) => `<${p}dimension ref="${ref}"/>${m}`,
  );
}
