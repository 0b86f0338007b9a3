import { nativeZip } from "./nativeZip";

/** CRC-32 (IEEE 802.3), as zip archives store it for each entry. */
const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Continues `crc` (0 to start) over `bytes`; the result is unsigned. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const native = nativeZip()?.crc32;
  if (native) return native(bytes, crc) >>> 0;
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
