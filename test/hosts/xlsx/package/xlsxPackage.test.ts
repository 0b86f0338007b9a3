import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { rawEntry, rawZip } from "../support/rawZip";
import { WorkbookOpenError } from "../../../../src/hosts/xlsx";
import { XlsxPackage } from "../../../../src/hosts/xlsx/package";
import { crc32 } from "../../../../src/hosts/xlsx/package/crc32";

const CORPUS = path.resolve(__dirname, "../../../../../shared/corpus");
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith("e02"))
  : [];

function refusalOf(work: () => unknown): WorkbookOpenError {
  try {
    work();
  } catch (error) {
    if (error instanceof WorkbookOpenError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("XlsxPackage", () => {
  test.each(files)("%s: every part inflates, with its CRC", (file) => {
    const pkg = XlsxPackage.open(readFileSync(path.join(CORPUS, file)), { fileName: file });
    for (const part of pkg.partNames()) expect(pkg.read(part)).toBeDefined();
    expect(pkg.workbookPart()).toBeDefined();
  });

  test("reads entries named with backslashes (e03's non-standard part names)", () => {
    const file = "e03_poi_49609_nonstandard_partnames.xlsx";
    const pkg = XlsxPackage.open(readFileSync(path.join(CORPUS, file)));
    expect(pkg.entry("xl/workbook.xml")?.name).toBe("xl\\workbook.xml");
    expect(pkg.workbookPart()).toBe("xl/workbook.xml");
    expect(pkg.relationships("xl/workbook.xml").length).toBeGreaterThan(0);
  });

  test("parts are found without regard to case; relationships resolve relative targets", () => {
    const pkg = XlsxPackage.open(
      zipSync({
        "_rels/.rels": strToU8(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/XL/Book.xml"/></Relationships>`,
        ),
        "xl/book.xml": strToU8("<workbook/>"),
        "xl/_rels/book.xml.rels": strToU8(
          `<Relationships><Relationship Id="a" Type="x/worksheet" Target="../xl/sheets/s%201.xml"/><Relationship Id="b" Type="x/hyperlink" Target="http://x" TargetMode="External"/></Relationships>`,
        ),
      }),
    );
    expect(pkg.workbookPart()).toBe("xl/book.xml");
    expect(pkg.relationships("xl/book.xml")).toEqual([
      {
        id: "a",
        type: "x/worksheet",
        target: "../xl/sheets/s%201.xml",
        external: false,
        part: "xl/sheets/s 1.xml",
      },
      { id: "b", type: "x/hyperlink", target: "http://x", external: true, part: undefined },
    ]);
  });

  test("a zip bomb is refused before it is inflated, in well under a second", () => {
    const layer = rawEntry("xl/p.xml", new Uint8Array(64 * 1024 * 1024));
    const bomb = rawZip(Array.from({ length: 20 }, (_, i) => ({ ...layer, name: `xl/p${i}.xml` })));
    const started = Date.now();
    const error = refusalOf(() => XlsxPackage.open(bomb, { fileName: "bom.xlsx" }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.code).toBe("unsupported");
    expect(error.messageEn).toContain("safety limit");
  });

  test("a directory that lies about sizes is stopped after one slice", () => {
    const lie = rawEntry("xl/big.xml", new Uint8Array(64 * 1024 * 1024), 1024);
    const pkg = XlsxPackage.open(rawZip([lie]));
    const started = Date.now();
    const error = refusalOf(() => pkg.read("xl/big.xml"));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.code).toBe("corrupt");
  });

  test("an entry inflating far past its compressed size is refused by its ratio", () => {
    const bomb = rawZip([rawEntry("xl/b.xml", new Uint8Array(100 * 1024 * 1024))]);
    expect(refusalOf(() => XlsxPackage.open(bomb).read("xl/b.xml")).code).toBe("unsupported");
  });

  test("truncated archives, flipped bytes and non-zips get one refusal each", () => {
    const good = zipSync({ "a.xml": strToU8("<a>" + "x".repeat(5000) + "</a>") });
    expect(refusalOf(() => XlsxPackage.open(good.subarray(0, good.length - 30))).code).toBe(
      "corrupt",
    );
    const stored = zipSync({ "a.xml": strToU8("<a>hello</a>") }, { level: 0 });
    const flipped = stored.slice();
    flipped[flipped.indexOf(0x68)] ^= 1;
    expect(refusalOf(() => XlsxPackage.open(flipped).read("a.xml")).messageEn).toContain("damaged");
    expect(refusalOf(() => XlsxPackage.open(strToU8("hello"))).code).toBe("corrupt");
    expect(refusalOf(() => XlsxPackage.open(new Uint8Array(0))).code).toBe("corrupt");
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
  });
});
