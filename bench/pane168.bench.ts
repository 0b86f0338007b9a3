import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { unzipSync } from "fflate";
import type { CDPSession, Page } from "playwright-core";
import { openWorkbook } from "../src/hosts/xlsx";
import { readIdentity } from "../src/workbook/distribute/identity";
import { CHROMIUM, DIST, launchChromium } from "../test/e2e/support/chromium";
import { serveFolder } from "../test/e2e/support/staticServer";
import { fill, INDICATORS, parentFile, UNITS } from "./distribute.bench";
import { serveOfficeJs } from "./taskpane.bench";

const MB = 1024 * 1024;
const SHOTS = process.env.CHITIEU_SHOTS ?? join(__dirname, "..", "tmp-shots");
/** What a clerk would wait for at most before calling it frozen. */
const PHASE_TIMEOUT_MS = 20 * 60_000;

interface HeapWatch {
  /** Stops polling; the largest used and allocated JS heap seen, in bytes. */
  stop(): Promise<{ peakUsed: number; peakTotal: number; samples: number }>;
}

/**
 * Polls the page's JS heap through the DevTools protocol (Runtime.getHeapUsage) every 100 ms:
 * the inspector answers between the page's tasks and at V8's interrupts, so the peak of a long
 * task is sampled too, not only what the page reports when it is idle.
 */
function watchHeap(cdp: CDPSession): HeapWatch {
  let peakUsed = 0;
  let peakTotal = 0;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { usedSize, totalSize } = await cdp.send("Runtime.getHeapUsage");
        peakUsed = Math.max(peakUsed, usedSize);
        peakTotal = Math.max(peakTotal, totalSize);
        samples += 1;
      } catch {
        // The page is closing: the last samples stand.
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { peakUsed, peakTotal, samples };
    },
  };
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The JS heap after a full garbage collection: what the page holds at rest. */
async function heapAtRest(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

/** Two of the zip's workbooks, read back with the project's .xlsx reader: who each is for. */
async function checkTwo(files: Record<string, Uint8Array>, names: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const name of [names[0], names[names.length - 1]]) {
    const book = await openWorkbook(files[name], { fileName: name });
    const snapshot = await book.read();
    const read = readIdentity(snapshot);
    if (!read) throw new Error(`${name} carries no identity`);
    const report = snapshot.sheets.find((s) => s.name === read.identity.sheet);
    if (!report) throw new Error(`${name} has no report sheet “${read.identity.sheet}”`);
    const codes = report.values.filter((r) => /^C\d{3}$/.test(String(r[1] ?? ""))).length;
    if (read.given.length !== INDICATORS || codes !== INDICATORS) {
      throw new Error(
        `${name}: ${read.given.length} targets given, ${codes} indicator rows; ${INDICATORS} expected`,
      );
    }
    if (!read.selfConsistent) throw new Error(`${name}: its fingerprint disagrees with its list`);
    lines.push(
      `${name}: for ${read.identity.unit} of ${read.identity.parent}, ${read.identity.period} ` +
        `${read.identity.year}, ${read.given.length} targets given, ${codes} indicator rows ` +
        `on “${read.identity.sheet}”`,
    );
  }
  return lines;
}

/**
 * Giao chỉ tiêu in the preview: the 168-ward parent opened with "Mở tệp .xlsx", the Tổng hợp
 * tab's "Giao chỉ tiêu (tải .zip)" clicked, the download awaited; a screenshot while the
 * progress bar runs. Returns the zip's files.
 */
async function distributeInPage(
  page: Page,
  cdp: CDPSession,
  parent: string,
  dir: string,
): Promise<Record<string, Uint8Array>> {
  await page.setInputFiles("#chitieu-open-file", parent);
  await page.getByText(/^Đã mở: /).waitFor({ timeout: 120_000 });
  await page.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
  const button = page.getByRole("button", { name: "Giao chỉ tiêu (tải .zip)" });
  await button.waitFor();
  const rest = await heapAtRest(cdp);
  const heap = watchHeap(cdp);
  const download = page.waitForEvent("download", { timeout: PHASE_TIMEOUT_MS });
  const start = performance.now();
  await button.click();
  // Mid-way: the progress bar and its count, photographed.
  // (Each count stands for a few tens of ms: waiting for one number would miss it.)
  const status = page.getByText(new RegExp(`^Đang tạo tệp \\d+/${UNITS}…$`));
  await status.waitFor({ timeout: PHASE_TIMEOUT_MS });
  await page.waitForTimeout(1_000);
  // The bar came in below the button, at the foot of the pane: brought into sight.
  await page
    .locator("aside")
    .evaluate((aside) => aside.scrollTo(0, aside.scrollHeight))
    .catch(() => undefined);
  const firstSeen = await status.textContent({ timeout: 1_000 }).catch(() => "(over)");
  await page.screenshot({ path: join(SHOTS, "pane168-distribute-progress.png") });
  const got = await download;
  const ms = performance.now() - start;
  const used = await heap.stop();
  const zipPath = join(dir, got.suggestedFilename());
  await got.saveAs(zipPath);
  await page.getByText(/^Đã tạo \d+ tệp trong /).waitFor();
  await page.screenshot({ path: join(SHOTS, "pane168-distribute-done.png") });
  const bytes = new Uint8Array(await readFile(zipPath));
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort();
  if (names.length !== UNITS) throw new Error(`the .zip holds ${names.length} files, not ${UNITS}`);
  console.log(
    `  Giao chỉ tiêu (click → download): ${secs(ms)} wall; page JS heap peak ${mb(used.peakUsed)} ` +
      `used (${mb(used.peakTotal)} allocated, ${used.samples} samples; ${mb(rest)} at rest before)`,
  );
  console.log(
    `  ${got.suggestedFilename()}: ${mb(bytes.length)}, ${names.length} files ` +
      `(${UNITS} expected: met); progress seen: “${firstSeen}”`,
  );
  for (const line of await checkTwo(files, names)) console.log(`    ${line}`);
  return files;
}

/**
 * Thu thập in the preview: the 168 returned files (figures typed in) picked with the Tổng hợp
 * tab's file input; the tracker awaited and checked to say 168/168; screenshots.
 */
async function collectInPage(page: Page, cdp: CDPSession, returned: string[]): Promise<void> {
  const before = await page
    .getByTestId("sheet-tab-strip")
    .locator("[role='tab'][data-sheet]")
    .count();
  const rest = await heapAtRest(cdp);
  const heap = watchHeap(cdp);
  const chooser = page.waitForEvent("filechooser");
  await page.locator("aside").evaluate((aside) => aside.scrollTo(0, 0));
  const start = performance.now();
  await page.getByRole("button", { name: "Nhập file .xlsx của đơn vị…" }).click();
  await (await chooser).setFiles(returned);
  const heading = page
    .getByTestId("collection")
    .getByRole("heading", { name: `Theo dõi nộp báo cáo · đã nhận ${UNITS}/${UNITS} đơn vị` });
  // While it works: the progress under the button, photographed from half-way through reading
  // (each count stands for some tens of ms: one number alone could be missed).
  const status = page.getByText(
    new RegExp(`^Đang (đọc tệp|chép trang của đơn vị) \\d+/${UNITS}…$`),
  );
  await page
    .getByText(
      new RegExp(`^Đang (đọc tệp (8\\d|9\\d|\\d{3})|chép trang của đơn vị \\d+)/${UNITS}…$`),
    )
    .waitFor({ timeout: PHASE_TIMEOUT_MS });
  const seen = await status.textContent({ timeout: 1_000 }).catch(() => "(over)");
  await page.screenshot({ path: join(SHOTS, "pane168-collect-progress.png") });
  await heading.waitFor({ timeout: PHASE_TIMEOUT_MS });
  const ms = performance.now() - start;
  const used = await heap.stop();
  const tabs = page.getByTestId("sheet-tab-strip").locator("[role='tab'][data-sheet]");
  const names = await tabs.evaluateAll((all) => all.map((t) => t.getAttribute("data-sheet") ?? ""));
  const wards = names.filter((n) => n.startsWith("Phường "));
  const summary = page.getByTestId("collection");
  const received = await summary.locator("li[data-unit] [data-status]").evaluateAll((all) =>
    all.reduce<Record<string, number>>((counts, b) => {
      const s = b.getAttribute("data-status") ?? "";
      counts[s] = (counts[s] ?? 0) + 1;
      return counts;
    }, {}),
  );
  const taken = await summary.getByText(/: đã nhập vào trang “/).count();
  console.log(
    `  Thu thập (pick → tracker ${UNITS}/${UNITS}): ${secs(ms)} wall; page JS heap peak ` +
      `${mb(used.peakUsed)} used (${mb(used.peakTotal)} allocated, ${used.samples} samples; ` +
      `${mb(rest)} at rest before)`,
  );
  console.log(
    `  progress seen: “${seen}”; sheets: ${before} before, ${names.length} after (${wards.length} ward sheets, tracker ` +
      `${names.includes("Theo dõi nộp báo cáo") ? "written" : "MISSING"}); files taken: ${taken}; ` +
      `tracker rows by status: ${JSON.stringify(received)}`,
  );
  if (wards.length !== UNITS || taken !== UNITS) {
    throw new Error(`${wards.length} ward sheets and ${taken} files taken, ${UNITS} expected`);
  }
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, "pane168-collect-done.png") });
}

/**
 * Issue 14 at a province's scale in the browser: the preview (the built task pane over the .xlsx
 * host, headless Chromium) gives 168 wards × 200 indicators their workbooks as one .zip, then
 * collects the 168 files back, typed in. Wall time, the page's peak JS heap, what came out.
 */
export async function benchPane168(): Promise<void> {
  if (!existsSync(join(DIST, "preview.html"))) {
    console.log("pane168: not measured, dist/ is missing (run `npm run build` first)");
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`pane168: not measured, no Chromium at ${CHROMIUM}`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-pane168-"));
  await mkdir(SHOTS, { recursive: true });
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  try {
    const parent = join(dir, "thanh-pho.xlsx");
    await writeFile(parent, await parentFile());
    console.log(
      `pane168: the preview in headless Chromium, ${UNITS} wards × ${INDICATORS} indicators ` +
        `(parent ${mb((await stat(parent)).size)}); screenshots in ${SHOTS}:`,
    );
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
    const refused = await serveOfficeJs(page, server.origin);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}/preview.html`);

    const files = await distributeInPage(page, cdp, parent, dir);

    // Each ward types its figures, as bench/distribute.bench.ts does for the CLI.
    const back = join(dir, "nhan");
    await mkdir(back);
    const names = Object.keys(files).sort();
    for (const name of names) await writeFile(join(back, name), files[name]);
    const typing = performance.now();
    await fill(back, names);
    const returned = (await readdir(back)).sort().map((f) => join(back, f));
    const size = (await Promise.all(returned.map((f) => stat(f)))).reduce((s, f) => s + f.size, 0);
    console.log(
      `  ${UNITS} wards' figures typed in (Node, not measured in the page): ` +
        `${secs(performance.now() - typing)}; ${mb(size)} to collect`,
    );

    await collectInPage(page, cdp, returned);
    if (errors.length > 0) console.log(`  page errors: ${errors.join(" | ")}`);
    if (refused.length > 0) console.log(`  outside requests refused: ${refused.join(", ")}`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
