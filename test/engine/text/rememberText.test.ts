import { rememberText } from "../../../src/engine/text/rememberText";

describe("rememberText", () => {
  test("each text is worked out once; an empty result is remembered too", () => {
    const seen: string[] = [];
    const fold = rememberText((text) => {
      seen.push(text);
      return text.trim();
    });
    expect(["Xã Ka Đô", "  ", "Xã Ka Đô", "  "].map(fold)).toEqual([
      "Xã Ka Đô",
      "",
      "Xã Ka Đô",
      "",
    ]);
    expect(seen).toEqual(["Xã Ka Đô", "  "]);
  });

  test("past its limit it starts again rather than growing", () => {
    let calls = 0;
    const length = rememberText((text) => {
      calls += 1;
      return text.length;
    }, 2);
    ["a", "bb", "ccc", "a"].forEach(length);
    expect(calls).toBe(4);
  });
});
