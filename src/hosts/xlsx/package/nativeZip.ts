/**
 * Raw deflate data inflated to at most `maxLength` bytes: throws when the data is damaged or
 * would inflate past that.
 */
export type RawInflate = (data: Uint8Array, maxLength: number) => Uint8Array;

/** CRC-32 of `bytes` continued from `crc` (0 to start), unsigned. */
export type Crc32 = (bytes: Uint8Array, crc: number) => number;

/** What a host may lend the package in place of the JavaScript inflater and CRC (fflate's). */
export interface NativeZip {
  inflate: RawInflate;
  crc32?: Crc32;
}

let lent: NativeZip | undefined;

/**
 * Lends the package a native inflater (and CRC): the command line gives Node's zlib, several
 * times faster than fflate on a large sheet; the browser keeps fflate. Sizes are checked
 * against the limits before inflating either way (checkDeclaredSizes), and nothing inflates
 * past its declared size, so the guards hold. undefined returns to fflate.
 */
export function useNativeZip(native: NativeZip | undefined): void {
  lent = native;
}

export function nativeZip(): NativeZip | undefined {
  return lent;
}
