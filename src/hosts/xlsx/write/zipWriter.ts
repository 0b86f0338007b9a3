import { deflateSync } from "fflate";
import { concatBytes } from "../package/concatBytes";
import { crc32 } from "../package/crc32";
import { storedFormOf, type StoredForm } from "../package/storedForm";

/** One entry to write: its name and inflated bytes, and how it was compressed before. */
export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** 0 to store it uncompressed; otherwise deflated. */
  method: number;
}

/** Raw deflate (no zlib header) of a part's bytes. */
export type Deflate = (data: Uint8Array) => Uint8Array;

let deflate: Deflate = (data) => deflateSync(data, { level: 6 });

/**
 * Lets a host deflate changed parts its own way: the command line uses Node's native zlib,
 * several times faster than fflate's JavaScript deflate on a sheet of many megabytes; the
 * browser keeps fflate.
 */
export function useDeflate(native: Deflate): void {
  deflate = native;
}

const encoder = new TextEncoder();
/** 1 January 1980, 00:00: the zip's timestamp, so the same parts give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes a zip archive. A part whose bytes are those the package read is copied in its stored
 * form (no deflating again, byte for byte as it was); the others are deflated (or stored when
 * `method` is 0). No zip64: packages past the reader's 1 GB limit are never written.
 */
export function writeZip(inputs: readonly ZipInput[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const input of inputs) {
    const form = formOf(input);
    const name = encoder.encode(input.name);
    const utf8 = name.length !== input.name.length ? 0x800 : 0;
    const local = header(30, name);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    setCommon(lv, 6, form, name.length, utf8);
    chunks.push(local, form.data);
    const entry = header(46, name);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    setCommon(cv, 8, form, name.length, utf8);
    cv.setUint32(42, offset, true);
    central.push(entry);
    offset += local.length + form.data.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, inputs.length, true);
  ev.setUint16(10, inputs.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...chunks, ...central, end], offset + directorySize + end.length);
}

function formOf(input: ZipInput): StoredForm {
  const known = storedFormOf(input.data);
  if (known && (known.method === 0) === (input.method === 0)) return known;
  const crc = crc32(input.data);
  if (input.method === 0)
    return { method: 0, data: input.data, crc32: crc, size: input.data.length };
  return {
    method: 8,
    data: deflate(input.data),
    crc32: crc,
    size: input.data.length,
  };
}

/** A header of `fixed` bytes (filled in by the caller) followed by the name. */
function header(fixed: number, name: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(fixed + name.length);
  bytes.set(name, fixed);
  return bytes;
}

/** Version needed … name length: the fields local and central headers share, from `at`. */
function setCommon(
  view: DataView,
  at: number,
  form: StoredForm,
  nameLength: number,
  flags: number,
): void {
  view.setUint16(at, flags, true);
  view.setUint16(at + 2, form.method, true);
  view.setUint16(at + 4, DOS_TIME, true);
  view.setUint16(at + 6, DOS_DATE, true);
  view.setUint32(at + 8, form.crc32, true);
  view.setUint32(at + 12, form.data.length, true);
  view.setUint32(at + 16, form.size, true);
  view.setUint16(at + 20, nameLength, true);
}
