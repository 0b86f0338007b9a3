import { deflateSync } from "fflate";
import { crc32 } from "../../../../src/hosts/xlsx/package/crc32";

/** One entry of a hand-made archive: its deflated data and what the directory declares. */
export interface RawEntry {
  name: string;
  deflated: Uint8Array;
  crc: number;
  /** Inflated size as declared (a test can lie here). */
  size: number;
}

/** A deflated entry for `data`, honest unless `size` is given. */
export function rawEntry(name: string, data: Uint8Array, size = data.length): RawEntry {
  return { name, deflated: deflateSync(data, { level: 1 }), crc: crc32(data), size };
}

/**
 * A zip archive of deflated entries written as given, for packages fflate's zipSync would not
 * make quickly or honestly: the same bomb stream many times, sizes that lie.
 */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.deflated.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.deflated.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    parts.push(local, e.deflated);
    centrals.push(central);
    offset += local.length + e.deflated.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...centrals, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
