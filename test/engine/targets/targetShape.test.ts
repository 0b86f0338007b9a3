import { targetShape } from "../../../src/engine/targets/targetShape";
import { tokenizeTarget } from "../../../src/engine/targets/tokenizeTarget";

describe("targetShape", () => {
  test.each([
    ["Từ 12% trở lên", "tu # tro len"],
    ["13 – 14%", "# - #"],
    ["≥ 12", ">= #"],
    ["8%/năm", "# nam"],
    ["23/25", "# ? #"],
    ["n/a", "n ? a"],
    ["#", "?"],
    ["tốc độ tăng trưởng từ 12% trở lên", "tu # tro len"],
    ["tăng trưởng 8%", "#"],
    ["tăng 8%", "tang #"],
    ["", ""],
  ])("%j → %j", (text, shape) => {
    expect(targetShape(tokenizeTarget(text))).toBe(shape);
  });
});
