import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM, DIST, launchChromium, watchPage } from "../test/e2e/support/chromium";
import { officeJsFile } from "../test/e2e/support/officeCdn";
import { serveFolder } from "../test/e2e/support/staticServer";

const GZIP_GOAL_KB = 200;
const RENDER_GOAL_MS = 500;
const RUNS = 5;

/** The scripts a page loads at start (not the chunks it loads later), by src. */
function pageScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

function reportSize(): void {
  const scripts = pageScripts("taskpane.html");
  let ours = 0;
  let office = 0;
  for (const src of scripts) {
    // Office.js comes from Microsoft's CDN: measured on the npm copy of the same file.
    const officeFile = officeJsFile(src);
    const gz = gzipSync(readFileSync(officeFile ?? join(DIST, src)), { level: 9 }).length;
    if (officeFile) office += gz;
    else ours += gz;
  }
  console.log(
    `task pane initial JavaScript: ${kb(ours)} gzipped (goal ≤ ${GZIP_GOAL_KB} KB: ` +
      `${verdict(ours <= GZIP_GOAL_KB * 1024)}); Office.js loader besides: ${kb(office)} gzipped`,
  );
}

/**
 * Time from navigation to the pane's tabs on screen, in headless Chromium, each run in a fresh
 * context (nothing cached), served from localhost, Office.js at its CDN URL by interception. Outside Office, office.js finds no host and
 * the pane renders without a workbook: the same components, the same first render.
 */
async function reportFirstRender(): Promise<void> {
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Office.js at its CDN URL, served from the npm copy by interception (see officeCdn.ts).
      await watchPage(page, server.origin);
      await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
      await page.waitForFunction(() => document.querySelector('[role="tablist"]') !== null, null, {
        polling: "raf",
        timeout: 30_000,
      });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `task pane first render in Chromium: median ${median.toFixed(0)} ms, fastest ` +
        `${times[0].toFixed(0)} ms over ${RUNS} cold loads (goal ≤ ${RENDER_GOAL_MS} ms: ` +
        `${verdict(median <= RENDER_GOAL_MS)})`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchTaskPane(): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    console.log("task pane: not measured, dist/ is missing (run `npm run build` first)");
    return;
  }
  reportSize();
  if (!existsSync(CHROMIUM)) {
    console.log(`task pane first render: not measured, no Chromium at ${CHROMIUM}`);
    return;
  }
  await reportFirstRender();
}
