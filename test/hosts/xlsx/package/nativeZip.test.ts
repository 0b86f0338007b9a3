import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as zlib from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { rawEntry, rawZip } from "../support/rawZip";
import { WorkbookOpenError } from "../../../../src/hosts/xlsx";
import { XlsxPackage, useNativeZip } from "../../../../src/hosts/xlsx/package";
import { crc32 } from "../../../../src/hosts/xlsx/package/crc32";

const CORPUS = path.resolve(__dirname, "../../../../../shared/corpus");
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith("e02"))
  : [];

/** What the command line lends the package (src/cli/run.ts). */
const NODE_ZLIB = {
  inflate: (data: Uint8Array, maxLength: number) =>
    zlib.inflateRawSync(data, { maxOutputLength: maxLength }),
  crc32: zlib.crc32,
};

function refusalOf(work: () => unknown): WorkbookOpenError {
  try {
    work();
  } catch (error) {
    if (error instanceof WorkbookOpenError) return error;
    throw error;
  }
  throw new Error("not refused");
}

/** Every part of the file, as fflate inflates it or as the lent inflater does. */
function partsOf(bytes: Uint8Array, native: boolean): Map<string, Uint8Array> {
  useNativeZip(native ? NODE_ZLIB : undefined);
  try {
    const pkg = XlsxPackage.open(bytes);
    return new Map(pkg.partNames().map((p) => [p, pkg.read(p) as Uint8Array]));
  } finally {
    useNativeZip(undefined);
  }
}

describe("a native inflater lent to the package (Node's zlib, as the command line does)", () => {
  beforeEach(() => useNativeZip(NODE_ZLIB));
  afterEach(() => useNativeZip(undefined));

  test.each(files)("%s: every part inflates to fflate's bytes", (file) => {
    const bytes = readFileSync(path.join(CORPUS, file));
    const native = partsOf(bytes, true);
    const js = partsOf(bytes, false);
    expect([...native.keys()]).toEqual([...js.keys()]);
    for (const [part, data] of js) expect(Buffer.compare(native.get(part)!, data)).toBe(0);
  });

  test("a directory that lies about sizes is refused as damaged, without inflating it all", () => {
    const lie = rawEntry("xl/big.xml", new Uint8Array(64 * 1024 * 1024), 1024);
    const pkg = XlsxPackage.open(rawZip([lie]));
    const started = Date.now();
    const error = refusalOf(() => pkg.read("xl/big.xml"));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.code).toBe("corrupt");
  });

  test("a zip bomb is refused by its declared sizes before anything is inflated", () => {
    const layer = rawEntry("xl/p.xml", new Uint8Array(64 * 1024 * 1024));
    const bomb = rawZip(Array.from({ length: 20 }, (_, i) => ({ ...layer, name: `xl/p${i}.xml` })));
    expect(refusalOf(() => XlsxPackage.open(bomb)).code).toBe("unsupported");
    const one = rawZip([rawEntry("xl/b.xml", new Uint8Array(100 * 1024 * 1024))]);
    expect(refusalOf(() => XlsxPackage.open(one).read("xl/b.xml")).code).toBe("unsupported");
  });

  test("a cut deflate stream and a wrong CRC are damaged files", () => {
    const text = strToU8(`<a>${"hello world ".repeat(2000)}</a>`);
    const cut = rawEntry("a.xml", text);
    cut.deflated = cut.deflated.subarray(0, cut.deflated.length >> 1);
    expect(refusalOf(() => XlsxPackage.open(rawZip([cut])).read("a.xml")).code).toBe("corrupt");
    const wrong = { ...rawEntry("a.xml", text), crc: 12345 };
    const error = refusalOf(() => XlsxPackage.open(rawZip([wrong])).read("a.xml"));
    expect(error.code).toBe("corrupt");
    expect(error.detail).toContain("CRC");
  });

  test("an empty part and a stored part read as they are", () => {
    const pkg = XlsxPackage.open(
      zipSync({ "e.xml": new Uint8Array(0), "s.xml": strToU8("<s/>") }, { level: 0 }),
    );
    expect(pkg.read("e.xml")).toEqual(new Uint8Array(0));
    expect(new TextDecoder().decode(pkg.read("s.xml"))).toBe("<s/>");
  });

  test("the lent CRC gives the JavaScript one's results, continued over pieces too", () => {
    const data = strToU8("123456789".repeat(1000));
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(data.subarray(4000), crc32(data.subarray(0, 4000)))).toBe(crc32(data));
    useNativeZip(undefined);
    expect(crc32(data.subarray(4000), crc32(data.subarray(0, 4000)))).toBe(crc32(data));
  });
});
