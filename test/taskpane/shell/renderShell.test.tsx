import { JSDOM } from "jsdom";
import { renderShell } from "../../../src/taskpane/shell/renderShell";
import { messagesFor } from "../../../src/taskpane/i18n/catalogue";

// Node, not jsdom: the shell is rendered at build time, where there is no document (with one,
// Fluent renders as on a client and leaves its theme's style element out). That React takes the
// page over in a browser without a mismatch is checked in Chromium (test/e2e/taskpane.e2e.ts).
describe("the pane's first screen, rendered when the add-in is built", () => {
  test("shows the tabs and the Kiểm tra tab in Vietnamese, with its styles and theme", () => {
    const { html, styles } = renderShell();
    const t = messagesFor("vi");
    const { document } = new JSDOM(`<head>${styles}</head><div id="root">${html}</div>`).window;
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const labels = (
      ["templates", "check", "report", "consolidate", "budget", "settings"] as const
    ).map((tab) => t.tabs[tab]);
    expect(tabs).toHaveLength(labels.length);
    labels.forEach((label, i) => expect(tabs[i].textContent).toContain(label));
    expect(tabs[1].getAttribute("aria-selected")).toBe("true");
    expect(document.body.textContent).toContain(t.check.heading);
    expect(document.body.textContent).toContain(t.app.host.starting);
    // Fluent's theme variables and Griffel's rules, in the page: styled before any script runs.
    expect(document.querySelector('style[id^="fui-FluentProvider"]')?.textContent).toMatch(
      /--colorNeutralForeground1:/,
    );
    expect(document.querySelectorAll("style[data-make-styles-bucket]").length).toBeGreaterThan(0);
  });

  test("is the same every time: the build is reproducible", () => {
    expect(renderShell()).toEqual(renderShell());
  });
});
