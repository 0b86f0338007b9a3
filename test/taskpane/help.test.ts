import { readFileSync } from "fs";
import * as path from "path";
import { messagesFor } from "../../src/taskpane/i18n/catalogue";

const HELP = readFileSync(path.join(__dirname, "../../src/taskpane/help.html"), "utf8");

/** The part of the help page in one language. */
function section(lang: "vi" | "en"): string {
  const match = new RegExp(`<section lang="${lang}">([\\s\\S]*?)</section>`).exec(HELP);
  if (!match) throw new Error(`help.html has no section in ${lang}`);
  return match[1];
}

describe("the help page describes every tab of the task pane", () => {
  test.each(["vi", "en"] as const)("in %s: each tab by the name the pane gives it", (lang) => {
    const t = messagesFor(lang);
    const text = section(lang).replace(/\s+/g, " ");
    const tabs = Object.entries(t.tabs).filter(([key]) => key !== "label");
    expect(tabs).toHaveLength(6);
    for (const [, name] of tabs) {
      // A heading for the tab, then a sentence or more about it.
      expect(text).toContain(`<dt><strong>${name}</strong></dt> <dd>`);
      const described = text.split(`<dt><strong>${name}</strong></dt>`)[1]?.split("</dd>")[0] ?? "";
      expect(described.replace(/<[^>]+>/g, "").trim().length).toBeGreaterThan(60);
    }
  });
});
