import type { ZipEntry } from "./zipDirectory";

/** A part's bytes as its archive stores them: copied as they are when the part is unchanged. */
export interface StoredForm {
  /** 0 stored, 8 deflated. */
  method: number;
  /** The data as stored (compressed when method is 8). */
  data: Uint8Array;
  crc32: number;
  /** Inflated size. */
  size: number;
}

/**
 * The stored form of inflated part bytes the package read, keyed by the very array it returned:
 * an unchanged part keeps its array through the writer, so the zip writer can copy its stored
 * data instead of deflating it again. Held weakly: forgotten with the bytes.
 */
const forms = new WeakMap<Uint8Array, StoredForm>();

export function rememberStoredForm(inflated: Uint8Array, entry: ZipEntry, data: Uint8Array): void {
  forms.set(inflated, { method: entry.method, data, crc32: entry.crc32, size: entry.size });
}

export function storedFormOf(inflated: Uint8Array): StoredForm | undefined {
  const form = forms.get(inflated);
  return form && form.size === inflated.length ? form : undefined;
}
