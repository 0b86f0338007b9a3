import { openXlsx } from "../../../src/hosts/xlsx";
import { CONTRACT_CASES, checkSnapshot } from "../contractCases";
import { seedXlsx } from "./support/seedWorkbook";

/** The reading half of the shared contract: cases without changes, on files ExcelJS wrote. */
const READ_CASES = CONTRACT_CASES.filter((c) => !c.changes);

describe("the new reader: the shared contract cases that only read", () => {
  test("there are such cases", () => expect(READ_CASES.length).toBeGreaterThan(5));

  test.each(READ_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const reader = openXlsx(await seedXlsx(c.seed));
    expect(checkSnapshot(await reader.read(c.read ?? {}), c.expect)).toEqual([]);
  });
});
