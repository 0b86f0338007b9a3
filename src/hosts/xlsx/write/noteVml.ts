import { escapeXml } from "./xmlText";

/**
 * The legacy VML drawing that shows notes in Excel: one shape per note, anchored at its cell.
 * Shapes of other kinds in the same part (form controls, buttons) are left as they are.
 */

const SHAPE = /<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g;

/** A VML part holding only the shape type notes use. */
export function emptyNoteVml(idBlock: number): string {
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
    `xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>` +
    noteShapeType() +
    `</xml>`
  );
}

function noteShapeType(): string {
  return (
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`
  );
}

/** The id blocks (o:idmap data) a VML part claims. */
export function idBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g)) {
    for (const n of m[1].split(/[\s,]+/)) if (/^\d+$/.test(n)) out.push(Number(n));
  }
  return out;
}

function noteCell(shape: string): { row: number; column: number } | undefined {
  if (!/ObjectType\s*=\s*"Note"/.test(shape)) return undefined;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  return row && column ? { row: Number(row[1]), column: Number(column[1]) } : undefined;
}

/** The VML without the note shapes of the given cells (1-based). */
export function withoutNoteShapes(vml: string, cells: { row: number; column: number }[]): string {
  return vml.replace(SHAPE, (shape) => {
    const at = noteCell(shape);
    return at && cells.some((c) => c.row - 1 === at.row && c.column - 1 === at.column) ? "" : shape;
  });
}

/** True when the VML has a note shape at the cell (1-based). */
export function hasNoteShape(vml: string, row: number, column: number): boolean {
  return [...vml.matchAll(SHAPE)].some((m) => {
    const at = noteCell(m[0]);
    return at !== undefined && at.row === row - 1 && at.column === column - 1;
  });
}

/** True when the VML holds no shape at all. */
export function hasNoShapes(vml: string): boolean {
  return !/<v:shape\b/.test(vml);
}

/** The VML with hidden note shapes for the given cells (1-based), ids after the highest used. */
export function withNoteShapes(vml: string, cells: { row: number; column: number }[]): string {
  if (cells.length === 0) return vml;
  const used = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const block = idBlocks(vml)[0] ?? 1;
  let next = Math.max(block * 1024, ...used) + 1;
  const shapes = cells.map((c) => noteShape(next++, c.row, c.column)).join("");
  const withType = /_x0000_t202/.test(vml.replace(/type="#_x0000_t202"/g, ""))
    ? vml
    : insertShapeType(vml);
  const close = withType.lastIndexOf("</xml>");
  if (close < 0) return withType + shapes;
  return withType.slice(0, close) + shapes + withType.slice(close);
}

function insertShapeType(vml: string): string {
  const layoutEnd = vml.indexOf("</o:shapelayout>");
  const at =
    layoutEnd >= 0
      ? layoutEnd + "</o:shapelayout>".length
      : vml.indexOf(">", vml.indexOf("<xml")) + 1;
  return vml.slice(0, at) + noteShapeType() + vml.slice(at);
}

function noteShape(id: number, row: number, column: number): string {
  const anchor = `${column}, 15, ${Math.max(0, row - 2)}, 10, ${column + 2}, 15, ${row + 2}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" ` +
    `style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;` +
    `z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>` +
    `<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">` +
    `<div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${escapeXml(anchor)}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`
  );
}
