import { constants, crc32, deflateRawSync } from "node:zlib";
import { rawEntry, rawZip, type RawEntry } from "../support/rawZip";
import type { Mutant } from "./mutant";
import { firstWorksheet, textOf, type PackageFiles } from "./packageFiles";

const MB = 1024 * 1024;
const SPACES = Buffer.alloc(MB, 0x20);
/** One megabyte of spaces deflated and fully flushed: a block that can be repeated at will. */
const SPACES_BLOCK = deflateRawSync(SPACES, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });

/**
 * A worksheet that inflates to `megabytes` MB of whitespace inside its root element — valid
 * XML, so only the size guards stop it — deflated at about 1,000 to 1, with its true CRC.
 */
function bombEntry(name: string, xml: string, megabytes: number, declared?: number): RawEntry {
  const open = /<(?:\w+:)?worksheet\b[^>]*>/.exec(xml);
  const cut = open ? open.index + open[0].length : 0;
  const head = Buffer.from(xml.slice(0, cut));
  const tail = Buffer.from(xml.slice(cut));
  const blocks: Buffer[] = [deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH })];
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) {
    blocks.push(SPACES_BLOCK);
    crc = crc32(SPACES, crc);
  }
  blocks.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  const size = head.length + megabytes * MB + tail.length;
  return { name, deflated: Buffer.concat(blocks), crc: crc >>> 0, size: declared ?? size };
}

/**
 * Inflate bombs made from a real file: its first worksheet swollen with whitespace, the other
 * parts as they were. Sizes declared honestly (refused from the directory) or as a lie (refused
 * while inflating), and a total spread over several parts.
 */
export function bombMutants(files: PackageFiles): Mutant[] {
  const sheet = firstWorksheet(files);
  const xml = sheet === undefined ? undefined : textOf(files, sheet);
  if (sheet === undefined || xml === undefined) return [];
  const others = [...files].filter(([name]) => name !== sheet).map(([n, d]) => rawEntry(n, d));
  const make = (name: string, bomb: RawEntry[]): Mutant => ({
    name,
    damaged: false,
    bytes: rawZip([...others, ...bomb]),
  });
  return [
    make("bomb: worksheet of 450 MB, sizes honest", [bombEntry(sheet, xml, 450)]),
    make("bomb: worksheet of 2.2 GB, sizes honest", [bombEntry(sheet, xml, 2200)]),
    make("bomb: worksheet of 450 MB declared 40 KB", [bombEntry(sheet, xml, 450, 40_000)]),
    make("bomb: worksheet of 30 MB (under the ratio check)", [bombEntry(sheet, xml, 30)]),
    make("bomb: 30 parts of 30 MB each", [
      bombEntry(sheet, xml, 30),
      ...Array.from({ length: 29 }, (_, i) => bombEntry(`xl/media/pad${i}.xml`, xml, 30)),
    ]),
  ];
}
