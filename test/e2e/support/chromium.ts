import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { officeJsBody, officeJsFile } from "./officeCdn";

/** Debian's Chromium: `npx playwright install` cannot download browsers on these machines. */
export const CHROMIUM = process.env.CHITIEU_CHROMIUM ?? "/usr/bin/chromium";

export const DIST = join(__dirname, "..", "..", "..", "dist");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * What the end-to-end tests need, checked first: they fail (never skip) without it, saying
 * what to do.
 */
export function requireE2eSetup(): void {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM))
    missing.push(`Chromium is not at ${CHROMIUM}: install it (apt-get install chromium).`);
  if (!existsSync(join(DIST, "preview.html")))
    missing.push("dist/preview.html is missing: run `npm run build` first.");
  if (missing.length > 0)
    throw new Error(`The end-to-end test cannot run:\n  ${missing.join("\n  ")}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** What a page did that the test forbids: console errors, uncaught errors, foreign requests. */
export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
  /** Office.js's CDN files the page asked for, served from @microsoft/office-js. */
  officeJs: string[];
}

/**
 * Records console errors and blocks (and records) every request that leaves `origin`, except
 * Office.js's CDN files, which are served from the npm copy (see officeCdn.ts): no request of a
 * watched page reaches the network.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], foreignRequests: [], officeJs: [] };
  page.on("console", (message) => {
    if (message.type() === "error") watch.errors.push(message.text());
  });
  page.on("pageerror", (error) => watch.errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    const local =
      url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:");
    if (local) return route.continue();
    const office = officeJsFile(url);
    if (office) {
      watch.officeJs.push(url);
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        headers: { "Access-Control-Allow-Origin": "*" },
        body: officeJsBody(office),
      });
    }
    watch.foreignRequests.push(url);
    return route.abort();
  });
  return watch;
}
