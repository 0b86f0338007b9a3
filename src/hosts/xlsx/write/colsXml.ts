import { childElements } from "./xmlScan";
import { attribute, withAttribute } from "./xmlText";

/** One <col> of a sheet: the columns it spans and its text. */
interface ColSpan {
  min: number;
  max: number;
  text: string;
}

/** The last <cols> parsed: the writer asks for the same one for every new cell of a sheet. */
let lastCols: { text: string; spans: readonly ColSpan[] } | undefined;

function parseCols(cols: string | undefined): readonly ColSpan[] {
  if (!cols) return [];
  if (lastCols?.text === cols) return lastCols.spans;
  const spans = parseColSpans(cols);
  lastCols = { text: cols, spans };
  return spans;
}

function parseColSpans(cols: string): ColSpan[] {
  const outer = childElements(cols)[0];
  if (!outer) return [];
  return childElements(cols, outer.contentStart, outer.contentEnd)
    .filter((c) => c.name === "col")
    .map((c) => ({
      min: Number(attribute(c.openTag, "min")),
      max: Number(attribute(c.openTag, "max")),
      text: cols.slice(c.start, c.end),
    }));
}

/** The style index a column gives its new cells, if it has one. */
export function columnStyle(cols: string | undefined, column: number): string | undefined {
  const span = parseCols(cols).find((c) => c.min <= column && column <= c.max);
  if (!span) return undefined;
  const s = attribute(span.text, "style");
  return s !== undefined && s !== "0" ? s : undefined;
}

function withSpan(text: string, min: number, max: number): string {
  const end = text.indexOf(">") + 1;
  const open = withAttribute(
    withAttribute(text.slice(0, end), "min", String(min)),
    "max",
    String(max),
  );
  return open + text.slice(end);
}

/**
 * <cols> with each column's width set (characters), splitting a <col> that spans several
 * columns so the others keep theirs; every other attribute of a column (style, hidden, outline)
 * stays.
 */
export function withColumnWidths(
  cols: string | undefined,
  prefix: string,
  widths: Map<number, number>,
): string {
  let spans = parseCols(cols);
  for (const [column, width] of [...widths].sort((a, b) => a[0] - b[0])) {
    const next: ColSpan[] = [];
    let found = false;
    for (const span of spans) {
      if (column < span.min || column > span.max) {
        next.push(span);
        continue;
      }
      found = true;
      if (span.min < column)
        next.push({
          min: span.min,
          max: column - 1,
          text: withSpan(span.text, span.min, column - 1),
        });
      let text = withSpan(span.text, column, column);
      const end = text.indexOf(">") + 1;
      text =
        withAttribute(
          withAttribute(text.slice(0, end), "width", String(width)),
          "customWidth",
          "1",
        ) + text.slice(end);
      next.push({ min: column, max: column, text });
      if (column < span.max)
        next.push({
          min: column + 1,
          max: span.max,
          text: withSpan(span.text, column + 1, span.max),
        });
    }
    if (!found) {
      next.push({
        min: column,
        max: column,
        text: `<${prefix}col min="${column}" max="${column}" width="${width}" customWidth="1"/>`,
      });
    }
    spans = next.sort((a, b) => a.min - b.min);
  }
  const outer = cols ? childElements(cols)[0] : undefined;
  const qname = outer?.qname ?? `${prefix}cols`;
  const open = outer && outer.contentStart !== outer.end ? outer.openTag : `<${qname}>`;
  return `${open}${spans.map((s) => s.text).join("")}</${qname}>`;
}
