import { DEFAULT_SETTINGS, parseSettings } from "../../src/taskpane/settings/settings";
import { loadSettings, saveSettings } from "../../src/taskpane/settings/settingsStore";

test("defaults: Vietnamese, 10% tolerance, highlighting on", () => {
  expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS).toMatchObject({
    lang: "vi",
    atRiskTolerancePercent: 10,
    highlight: true,
  });
});

test("keeps what is valid and replaces what is not", () => {
  expect(
    parseSettings(
      JSON.stringify({ lang: "en", atRiskTolerancePercent: 80, highlight: "yes", period: "9m" }),
    ),
  ).toEqual({ ...DEFAULT_SETTINGS, lang: "en", atRiskTolerancePercent: 50, period: "9m" });
  expect(parseSettings(JSON.stringify({ lang: "fr", period: "q3", scope: "all" }))).toEqual({
    ...DEFAULT_SETTINGS,
    scope: "all",
  });
  expect(parseSettings("{not json")).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings("[]")).toEqual({ ...DEFAULT_SETTINGS });
});

test("a blocked storage falls back to the defaults and never throws", () => {
  const blocked = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  } as unknown as Storage;
  expect(loadSettings(blocked)).toEqual(DEFAULT_SETTINGS);
  expect(() => saveSettings(DEFAULT_SETTINGS, blocked)).not.toThrow();
});
