import { readZipDirectory } from "../../../../src/hosts/xlsx/package/zipDirectory";
import type { Mutant } from "./mutant";

/** A small deterministic generator, so a mutant's bytes are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** The archive cut short: at fractions of its length and just before its end record. */
export function truncations(bytes: Uint8Array): Mutant[] {
  const cuts: [string, number][] = [
    ["10%", Math.floor(bytes.length * 0.1)],
    ["50%", Math.floor(bytes.length * 0.5)],
    ["90%", Math.floor(bytes.length * 0.9)],
    ["minus 1 byte", bytes.length - 1],
    ["minus 30 bytes", bytes.length - 30],
  ];
  return cuts.map(([label, at]) => ({
    name: `truncated at ${label}`,
    damaged: true,
    bytes: bytes.slice(0, at),
  }));
}

function flipped(bytes: Uint8Array, at: number, mask: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] ^= mask;
  return copy;
}

/** The central directory: where it starts, from the end record. */
function directoryStart(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return view.getUint32(at + 16, true);
  }
  throw new Error("no end of central directory");
}

/**
 * Single bytes flipped in the central directory (its headers, names and sizes) and in the
 * deflated data of the biggest parts (a worksheet, the shared strings).
 */
export function flips(bytes: Uint8Array, count: number, seed: number): Mutant[] {
  const random = seeded(seed);
  const start = directoryStart(bytes);
  const mutants: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(random() * (bytes.length - start));
    mutants.push({
      name: `central directory byte ${at - start} flipped`,
      damaged: false, // a flip in a field nobody reads changes nothing: read or refused
      bytes: flipped(bytes, at, 1 << Math.floor(random() * 8)),
    });
  }
  const deflated = readZipDirectory(bytes)
    .filter((e) => e.method === 8 && e.compressedSize > 64)
    .sort((a, b) => b.compressedSize - a.compressedSize)
    .slice(0, 3);
  for (const entry of deflated) {
    for (let i = 0; i < count; i++) {
      const at = entry.dataOffset + Math.floor(random() * entry.compressedSize);
      mutants.push({
        name: `${entry.name}: deflated byte ${at - entry.dataOffset} flipped`,
        damaged: true, // the CRC no longer matches, or the stream breaks
        bytes: flipped(bytes, at, 1 << Math.floor(random() * 8)),
      });
    }
  }
  return mutants;
}
