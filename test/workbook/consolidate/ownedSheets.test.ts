import { mayBeAddInOutput, mayBeTracker } from "../../../src/workbook/consolidate/ownedSheets";
import { TRACKER_TEXT } from "../../../src/workbook/distribute/collect/trackerSheet";

describe("sheet names the add-in's output may take", () => {
  test.each([
    [TRACKER_TEXT.vi.sheet, true],
    [TRACKER_TEXT.en.sheet, true],
    [`${TRACKER_TEXT.vi.sheet} (2)`, true],
    ["THEO DÕI NỘP BÁO CÁO", true],
    ["Theo dõi", false],
    ["Phường Tân Phong", false],
  ])("%s is a tracker's name: %s", (name, tracker) => {
    expect(mayBeTracker(name)).toBe(tracker);
    // A tracker is the add-in's output too, never a sub-unit's sheet.
    if (tracker) expect(mayBeAddInOutput(name)).toBe(true);
  });
});
