import { parseXml } from "../package";
import { decodeAddress } from "./cellAddress";

/**
 * The cells a threaded comments part (xl/threadedComments/threadedCommentN.xml, Excel 365's
 * conversations) comments on: each <threadedComment ref>, replies included, "$" dropped.
 */
export function parseThreadedCommentCells(xml: string): string[] {
  const cells: string[] = [];
  parseXml(xml, {
    open({ name, attributes }) {
      if (name !== "threadedComment" || !attributes.ref) return;
      const ref = attributes.ref.replace(/\$/g, "").toUpperCase();
      if (decodeAddress(ref)) cells.push(ref);
    },
  });
  return cells;
}

/** Addresses once each, by row then column. */
export function byRowThenColumn(cells: Iterable<string>): string[] {
  const unique = [...new Set(cells)];
  const at = new Map(unique.map((a) => [a, decodeAddress(a) ?? { row: 0, column: 0 }]));
  return unique.sort((a, b) => {
    const p = at.get(a) ?? { row: 0, column: 0 };
    const q = at.get(b) ?? { row: 0, column: 0 };
    return p.row - q.row || p.column - q.column;
  });
}
