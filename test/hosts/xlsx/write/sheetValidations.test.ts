import * as a1 from "../../../../src/engine/text/a1";
import {
  applyChangeSetToPackage,
  createPackage,
  type PackageParts,
} from "../../../../src/hosts/xlsx/write";
import { relsPathOf } from "../../../../src/hosts/xlsx/write/relationships";
import { WorkbookDoc } from "../../../../src/hosts/xlsx/write/workbookDoc";
import * as xmlScan from "../../../../src/hosts/xlsx/write/xmlScan";
import { attribute } from "../../../../src/hosts/xlsx/write/xmlText";
import type { Change } from "../../../../src/workbook/changeSet";
import { partText } from "./support/packageDiff";

/**
 * A sheet's validations are parsed once per change set and found by the rows they cover
 * (SheetValidations): whatever path finds them, each change replaces exactly the validations
 * its cells had, and n validations cost work in proportion to n.
 */

function validationsOf(parts: PackageParts): { count: string | undefined; sqrefs: string[] } {
  const workbook = new WorkbookDoc(
    "xl/workbook.xml",
    partText(parts.get("xl/workbook.xml")),
    partText(parts.get(relsPathOf("xl/workbook.xml"))),
  );
  const path = workbook.find("S")?.path;
  if (!path) throw new Error("no sheet S");
  const xml = partText(parts.get(path));
  const root = xmlScan.rootElement(xml);
  const outer = xmlScan
    .childElements(xml, root.contentStart, root.contentEnd)
    .find((c) => c.name === "dataValidations");
  if (!outer) return { count: undefined, sqrefs: [] };
  return {
    count: attribute(outer.openTag, "count"),
    sqrefs: xmlScan
      .childElements(xml, outer.contentStart, outer.contentEnd)
      .map((c) => attribute(c.openTag, "sqref") ?? ""),
  };
}

const list = (range: string): Change => ({
  kind: "listValidation",
  sheet: "S",
  range,
  list: ["a"],
});
const entry = (range: string, min = 0): Change => ({
  kind: "entryValidation",
  sheet: "S",
  range,
  rule: { type: "decimal", min },
  prompt: { title: "Thực hiện", message: "Nhập số không âm" },
  error: { title: "Sai số liệu", message: "Nhập số không âm" },
});

describe("a validation replaces those its cells had, however tall either is", () => {
  test.each([
    [
      "a tall validation (1000 rows) keeps its cells around the one taken out",
      [list("B1:B1000")],
      [entry("B500")],
      ["B1:B499 B501:B1000", "B500"],
    ],
    [
      "a tall range (2000 rows) replaces the short validations inside it, keeps the one beside",
      [entry("C5"), entry("C6"), entry("D6")],
      [list("C1:C2000")],
      ["D6", "C1:C2000"],
    ],
    [
      "on one row, the validation beside keeps its other cell",
      [entry("D10:E10")],
      [entry("E10:F10")],
      ["D10", "E10:F10"],
    ],
    [
      "rows apart (10 and 300) nothing is replaced",
      [entry("A10"), list("A300:B300")],
      [entry("A11:B299")],
      ["A10", "A300:B300", "A11:B299"],
    ],
    [
      "a validation given twice keeps the later one",
      [entry("G7:H9", 1)],
      [entry("G7:H9", 2)],
      ["G7:H9"],
    ],
  ] as [string, Change[], Change[], string[]][])("%s", (_what, before, after, sqrefs) => {
    // The first set's validations are read back from the sheet's text by the second.
    const first = applyChangeSetToPackage(createPackage(), [
      { kind: "addSheet", sheet: "S" },
      ...before,
    ]);
    const both = applyChangeSetToPackage(first, after);
    expect(validationsOf(both)).toEqual({ count: String(sqrefs.length), sqrefs });
    // The same changes in one set give the same validations.
    const once = applyChangeSetToPackage(createPackage(), [
      { kind: "addSheet", sheet: "S" },
      ...before,
      ...after,
    ]);
    expect(validationsOf(once)).toEqual(validationsOf(both));
  });
});

describe("n validations on one sheet cost work in proportion to n", () => {
  afterEach(() => jest.restoreAllMocks());

  /**
   * One validation a row, as distribute writes them (every fifth also takes a cell of the row
   * before): the XML text the writer scans and the ranges it parses while applying them.
   */
  function work(n: number) {
    const changes: Change[] = [{ kind: "addSheet", sheet: "S" }];
    for (let i = 0; i < n; i += 1) {
      const row = 8 + i;
      changes.push(entry(i % 5 === 4 ? `L${row - 1}:L${row}` : `K${row}:L${row}`, i));
    }
    const scan = jest.spyOn(xmlScan, "childElements");
    const parse = jest.spyOn(a1, "parseRange");
    const parts = applyChangeSetToPackage(createPackage(), changes);
    const scanned = scan.mock.calls.reduce(
      (sum, [text, from = 0, to = text.length]) => sum + (to - from),
      0,
    );
    const parsed = parse.mock.calls.length;
    jest.restoreAllMocks();
    return { scanned, parsed, validations: validationsOf(parts) };
  }

  test("400 validations: about 4 times the work of 100, not 16", () => {
    const small = work(100);
    const large = work(400);
    // They are all there: each fifth took the L cell of the row before it.
    expect(large.validations.count).toBe("400");
    expect(large.validations.sqrefs.slice(0, 6)).toEqual([
      "K8:L8",
      "K9:L9",
      "K10:L10",
      "K11",
      "L11:L12",
      "K13:L13",
    ]);
    expect(small.scanned).toBeGreaterThan(0);
    expect(small.parsed).toBeGreaterThan(0);
    // Rescanning the validations' text per change (or re-parsing their ranges) makes these 16.
    expect(large.scanned / small.scanned).toBeLessThan(6);
    expect(large.parsed / small.parsed).toBeLessThan(6);
  });
});
