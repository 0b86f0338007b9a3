import { inflateRawSync } from "node:zlib";

/**
 * The text of one entry of a zip archive (an .xlsx part), read from the central directory:
 * enough for tests to look at the XML a gateway wrote, without a zip library.
 */
export function zipEntryText(zip: Uint8Array, name: string): string | undefined {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip archive");
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const entryName = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const dataStart =
        local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(dataStart, dataStart + compressed);
      return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** Names of the archive's entries. */
export function zipEntryNames(zip: Uint8Array): string[] {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return names;
}

/** The XML part of the worksheet named `sheet`, found through workbook.xml and its rels. */
export function sheetXml(zip: Uint8Array, sheet: string): string {
  const workbook = zipEntryText(zip, "xl/workbook.xml") ?? "";
  const rels = zipEntryText(zip, "xl/_rels/workbook.xml.rels") ?? "";
  const escaped = sheet.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const tag = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`,
  ).exec(workbook);
  const rId = tag && /r:id="([^"]+)"/.exec(tag[0])?.[1];
  const target =
    rId &&
    new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels);
  const path = target && (target[1] ?? target[2]);
  if (!path) throw new Error(`sheet "${sheet}" not found in the archive`);
  const text = zipEntryText(zip, `xl/${path.replace(/^\/?xl\//, "")}`);
  if (text === undefined) throw new Error(`part ${path} missing`);
  return text;
}
