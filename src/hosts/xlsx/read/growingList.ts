/** A typed array of whole numbers: Int32Array (rows, columns, styles) or Uint8Array (flags). */
type WholeNumbers = Int32Array | Uint8Array;

/**
 * A list of whole numbers kept in a typed array that doubles as it fills: 4 bytes a number (1
 * for flags) where a JavaScript array takes 8, for the reader's one-entry-per-cell lists.
 */
export class GrowingList<T extends WholeNumbers> {
  private data: T;
  private size = 0;

  constructor(private readonly make: (length: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = value;
  }

  /** The numbers pushed, in an array of their own length. */
  done(): T {
    return this.data.slice(0, this.size) as T;
  }
}
