/** Something to put in a request, with its estimated size. */
export interface Sized {
  bytes: number;
}

/**
 * Packs items, in order, into chunks of at most `budget` bytes each (an item larger than the
 * budget gets a chunk of its own). Order is kept: a change set applies in its own order.
 */
export function packChunks<T extends Sized>(items: T[], budget: number): T[][] {
  return items.reduce<{ chunks: T[][]; size: number }>(
    (acc, item) => {
      const current = acc.chunks[acc.chunks.length - 1];
      if (current && acc.size + item.bytes <= budget) {
        current.push(item);
        return { chunks: acc.chunks, size: acc.size + item.bytes };
      }
      acc.chunks.push([item]);
      return { chunks: acc.chunks, size: item.bytes };
    },
    { chunks: [], size: 0 },
  ).chunks;
}
