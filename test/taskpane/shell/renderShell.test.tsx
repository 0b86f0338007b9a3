import { renderShell } from "../../../src/taskpane/shell/renderShell";
import { messagesFor } from "../../../src/taskpane/i18n/catalogue";

// Node, not jsdom: the shell is rendered at build time, where there is no document (with one,
// Fluent renders as on a client and leaves its theme's style element out). That React takes the
// page over in a browser without a mismatch is checked in Chromium (test/e2e/taskpane.e2e.ts).
describe("the pane's first screen, rendered when the add-in is built", () => {
  const { html, styles } = renderShell();
  const t = messagesFor("vi");
  /** Each tab button's markup, in order. */
  const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>.*?<\/button>/g)].map((m) => m[0]);

  test("shows the six tabs in Vietnamese, the Kiểm tra tab chosen and drawn", () => {
    const labels = (
      ["templates", "check", "report", "consolidate", "budget", "settings"] as const
    ).map((tab) => t.tabs[tab]);
    expect(tabs).toHaveLength(labels.length);
    labels.forEach((label, i) => expect(tabs[i]).toContain(`>${label}<`));
    expect(tabs.map((tab) => /aria-selected="true"/.test(tab))).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(html).toContain(t.check.heading);
    expect(html).toContain(t.app.host.starting);
  });

  test("carries its theme and its styles: drawn right before any script runs", () => {
    // Fluent's theme variables, in a style element of the provider's own.
    expect(html).toMatch(/<style id="fui-FluentProvider[^"]*">[^<]*--colorNeutralForeground1:/);
    // Griffel's rules, one style element a bucket, for every class the markup uses.
    const buckets = [...styles.matchAll(/<style [^>]*data-make-styles-bucket="[a-z]+"[^>]*>/g)];
    expect(buckets.length).toBeGreaterThan(0);
    const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(" ")));
    const atomic = [...classes].filter((c) => /^f[0-9a-z]{5,8}$/.test(c));
    expect(atomic.length).toBeGreaterThan(50);
    expect(atomic.filter((c) => !styles.includes(`.${c}`))).toEqual([]);
  });

  test("is the same every time: the build is reproducible", () => {
    expect(renderShell()).toEqual({ html, styles });
  });
});
