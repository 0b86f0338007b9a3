import { UNLABELLED_RANK, type NumberedLabel } from "../../engine/text/numberedLabel";

interface Placed {
  row: number;
  rank: number;
}

/**
 * Derives each row's parent from the numbering, row by row: a row's parent is the nearest row
 * above it of a higher rank (1.2. under 1., a) under the number before it, - under the
 * numbered row before it, + under the -). A dotted number looks for its own prefix first
 * ("1.1.2." under "1.1." or else "1."), since real sheets list numbers out of order. Rows
 * without a label sit under the row before them that has one.
 */
export class LabelHierarchy {
  private stack: Placed[] = [];
  private readonly numbers = new Map<string, number>();

  /** A group row ("I. KINH TẾ") starts a new section. */
  reset(): void {
    this.stack = [];
    this.numbers.clear();
  }

  /** Places the row; returns its parent's sheet row, if any. */
  place(row: number, label: NumberedLabel | undefined): number | undefined {
    const rank = label?.rank ?? UNLABELLED_RANK;
    if (label && (label.kind === "upper" || label.kind === "roman")) this.numbers.clear();
    let parent = this.byPrefix(label);
    if (parent !== undefined) {
      const at = this.stack.findIndex((p) => p.row === parent);
      if (at >= 0) this.stack.length = at + 1;
      else this.popTo(rank);
    } else {
      this.popTo(rank);
      parent = this.stack[this.stack.length - 1]?.row;
    }
    this.stack.push({ row, rank });
    if (label?.path) this.numbers.set(label.path.join("."), row);
    return parent;
  }

  private popTo(rank: number): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].rank >= rank)
      this.stack.pop();
  }

  private byPrefix(label: NumberedLabel | undefined): number | undefined {
    const path = label?.path;
    if (!path || path.length < 2) return undefined;
    for (let depth = path.length - 1; depth >= 1; depth--) {
      const row = this.numbers.get(path.slice(0, depth).join("."));
      if (row !== undefined) return row;
    }
    return undefined;
  }
}
