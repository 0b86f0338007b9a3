import { Inflate } from "fflate";
import { concatBytes } from "./concatBytes";
import { crc32 } from "./crc32";
import type { PackageLimits } from "./limits";
import { nativeZip, type RawInflate } from "./nativeZip";
import { ZipFormatError, type ZipEntry } from "./zipDirectory";

/** Thrown when inflating would pass a limit: the caller refuses the file as too large. */
export class InflateLimitError extends Error {
  override readonly name = "InflateLimitError";
}

/** Bytes inflated so far across a package, against its limits. */
export interface InflateBudget {
  limits: PackageLimits;
  inflated: number;
}

/** Compressed input is fed in slices this big, so one step never inflates more than ~16 MB. */
const SLICE = 16 * 1024;

/**
 * An entry's inflated bytes, checked as they come: never more than the directory declared (a
 * lying directory is a damaged file), never past the package's total or the ratio limit (a zip
 * bomb is stopped after one slice), and the CRC must match.
 */
export function inflateEntry(
  archive: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
): Uint8Array {
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
    account(out.length, entry, budget);
  } else if (entry.method === 8) {
    out = inflateChecked(data, entry, budget);
  } else {
    throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  }
  if (out.length !== entry.size) {
    throw new ZipFormatError(`${entry.name}: inflated ${out.length} bytes, declared ${entry.size}`);
  }
  if (crc32(out) !== entry.crc32) throw new ZipFormatError(`${entry.name}: CRC mismatch`);
  return out;
}

function inflateChecked(data: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const native = nativeZip();
  if (native && entry.size > 0) return inflateNative(native.inflate, data, entry, budget);
  const chunks: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    length += chunk.length;
    if (length > entry.size) {
      throw new ZipFormatError(`${entry.name}: inflates past its declared ${entry.size} bytes`);
    }
    account(chunk.length, entry, budget, length);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let at = 0; at < data.length; at += SLICE) {
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    }
  } catch (error) {
    if (error instanceof InflateLimitError || error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : error}`);
  }
  if (!ended && entry.size > 0)
    throw new ZipFormatError(`${entry.name}: deflate stream ends early`);
  return chunks.length === 1 ? chunks[0] : concatBytes(chunks, length);
}

/**
 * The entry inflated at once by the host's inflater, never past its declared size; the declared
 * size passed the limits before anything was inflated (checkDeclaredSizes), so a bomb is
 * refused before memory grows, as with the sliced inflate above.
 */
function inflateNative(
  inflate: RawInflate,
  data: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
): Uint8Array {
  // Checked again here, so that the guard does not rest on how the package was opened.
  if (budget.inflated + entry.size > budget.limits.maxTotalBytes) {
    throw new InflateLimitError(`inflated more than ${budget.limits.maxTotalBytes} bytes`);
  }
  account(0, entry, budget, entry.size);
  let out: Uint8Array;
  try {
    out = inflate(data, entry.size);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ZipFormatError(`${entry.name}: ${detail}`);
  }
  account(out.length, entry, budget);
  return out;
}

function account(bytes: number, entry: ZipEntry, budget: InflateBudget, entrySoFar = bytes): void {
  const { limits } = budget;
  budget.inflated += bytes;
  if (budget.inflated > limits.maxTotalBytes) {
    throw new InflateLimitError(`inflated more than ${limits.maxTotalBytes} bytes`);
  }
  if (
    entrySoFar > limits.ratioCheckedFrom &&
    entrySoFar > limits.maxRatio * Math.max(entry.compressedSize, 1)
  ) {
    throw new InflateLimitError(`${entry.name}: inflates more than ${limits.maxRatio}× its size`);
  }
}

/**
 * Refuses, before inflating anything, a directory whose declared sizes pass the limits: in
 * total, per entry, and for the archive as a whole (many parts each just under the per-entry
 * check, together inflating far more than the ratio allows).
 */
export function checkDeclaredSizes(
  entries: ZipEntry[],
  limits: PackageLimits,
  archiveLength = Infinity,
): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > limits.ratioCheckedFrom && total > limits.maxRatio * archiveLength) {
      throw new InflateLimitError(`declares more than ${limits.maxRatio}× the archive's size`);
    }
    if (total > limits.maxTotalBytes) {
      throw new InflateLimitError(`declared sizes pass ${limits.maxTotalBytes} bytes`);
    }
    if (
      entry.size > limits.ratioCheckedFrom &&
      entry.size > limits.maxRatio * entry.compressedSize
    ) {
      throw new InflateLimitError(`${entry.name}: declares more than ${limits.maxRatio}× its size`);
    }
  }
}
