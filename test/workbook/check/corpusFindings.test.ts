import { parseRange } from "../../../src/workbook/a1";
import { checkWorkbook } from "../../../src/workbook/check/checkWorkbook";
import { corpusFiles, expectedSnapshot } from "../../support/corpus";

/** Every finding names its place: a sheet and a cell or range; a finding without one is a defect. */
describe.each(corpusFiles())("%s: every finding of the check has its place", (file) => {
  test("a sheet and a cell or range", async () => {
    const snapshot = await expectedSnapshot(file);
    if (!snapshot) return; // refused cleanly, as test/support/corpus.ts names
    const check = checkWorkbook(snapshot, { highlight: false });
    for (const f of check.findings) {
      expect([f.rule, f.sheet !== undefined]).toEqual([f.rule, true]);
      expect([f.rule, f.cell !== undefined && parseRange(f.cell) !== undefined]).toEqual([
        f.rule,
        true,
      ]);
    }
  });
});
