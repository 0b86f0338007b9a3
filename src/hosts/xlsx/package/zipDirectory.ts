/**
 * The entries of a zip archive as its central directory lists them: name, method, sizes, CRC
 * and where the data starts. Nothing is inflated here. Zip64 sizes and offsets are read; a
 * directory that points outside the archive throws a ZipFormatError.
 */
export interface ZipEntry {
  /** The entry's name as stored ("xl/workbook.xml"). */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  /** Inflated size as declared by the directory (checked when inflated). */
  size: number;
  /** Offset of the compressed data in the archive. */
  dataOffset: number;
  /** Entry is encrypted (zip flag bit 0). */
  encrypted: boolean;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, length: number) => {
    if (at < 0 || at + length > bytes.length)
      throw new ZipFormatError("zip directory out of range");
  };
  const u16 = (at: number) => (check(at, 2), view.getUint16(at, true));
  const u32 = (at: number) => (check(at, 4), view.getUint32(at, true));
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  const eocd = findEndOfDirectory(bytes, view);
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if (count === 0xffff || offset === MAX32) {
    const locator = eocd - 20;
    if (locator >= 0 && u32(locator) === EOCD64_LOCATOR) {
      const at = u64(locator + 8);
      if (u32(at) !== EOCD64) throw new ZipFormatError("zip64 end of central directory missing");
      count = u64(at + 32);
      offset = u64(at + 48);
    }
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) throw new ZipFormatError("zip central directory entry signature");
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    check(at + 46, nameLength + extraLength);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const sizes = {
      size: u32(at + 24),
      compressedSize: u32(at + 20),
      localOffset: u32(at + 42),
    };
    readZip64Extra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), sizes);
    const local = sizes.localOffset;
    if (u32(local) !== LOCAL) throw new ZipFormatError("zip local header signature");
    const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
    check(dataOffset, sizes.compressedSize);
    entries.push({
      name: decodeName(nameBytes, (flags & 0x800) !== 0),
      method: u16(at + 10),
      crc32: u32(at + 16),
      compressedSize: sizes.compressedSize,
      size: sizes.size,
      dataOffset,
      encrypted: (flags & 1) !== 0,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError("zip end of central directory not found");
}

/** Zip64 extended information (header 0x0001): the 64-bit values of the fields set to ~0. */
function readZip64Extra(
  extra: Uint8Array,
  sizes: { size: number; compressedSize: number; localOffset: number },
): void {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const next = () => {
        if (p + 8 > at + 4 + length || p + 8 > extra.length) return undefined;
        const value = view.getUint32(p, true) + view.getUint32(p + 4, true) * 2 ** 32;
        p += 8;
        return value;
      };
      if (sizes.size === MAX32) sizes.size = next() ?? sizes.size;
      if (sizes.compressedSize === MAX32) sizes.compressedSize = next() ?? sizes.compressedSize;
      if (sizes.localOffset === MAX32) sizes.localOffset = next() ?? sizes.localOffset;
      return;
    }
    at += 4 + length;
  }
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder("utf-8").decode(bytes);
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  // Most writers store UTF-8 without setting the flag; ASCII names read the same either way.
  return /[\x80-\xff]/.test(text) ? new TextDecoder("utf-8").decode(bytes) : text;
}
