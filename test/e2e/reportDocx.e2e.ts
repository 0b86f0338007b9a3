import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  DIST,
  launchChromium,
  requireE2eSetup,
  watchPage,
  type PageWatch,
} from "./support/chromium";
import { FIXTURE, fixtureWorkbook } from "./support/fixtureWorkbook";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { readDocx } from "../report/docx/readDocx";

let server: StaticServer;
let browser: Browser;
let page: Page;
let fixturePath: string;
let watch: PageWatch;

beforeAll(async () => {
  requireE2eSetup();
  server = await serveFolder(DIST);
  browser = await launchChromium();
  const folder = await mkdtemp(join(tmpdir(), "chitieu-e2e-docx-"));
  fixturePath = join(folder, FIXTURE.fileName);
  await writeFile(fixturePath, await fixtureWorkbook());
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  page = await context.newPage();
  watch = await watchPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the Báo cáo tab's Word report is built in Chromium, its chart drawn through a canvas", async () => {
  await page.goto(`${server.origin}/preview.html`);
  await page.setInputFiles("#chitieu-open-file", fixturePath);
  await page.getByText(`Đã mở: ${FIXTURE.fileName}`).waitFor();
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.getByRole("list", { name: "Tổng hợp theo đánh giá" }).waitFor();
  await page.getByRole("tab", { name: "Báo cáo" }).click();
  const sentence = await page.getByTestId("report-sentence").textContent();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải báo cáo (.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao.*\.docx$/);
  const saved = (await download.path()) as string;
  if (process.env.KEEP_DOCX) await writeFile(process.env.KEEP_DOCX, await readFile(saved));
  const docx = readDocx(new Uint8Array(await readFile(saved)));
  expect(docx.paragraphs).toContain(`Kết quả chung: ${sentence}`);
  // Chromium has a canvas: the chart is there as SVG with its PNG, not the "missing" line.
  const media = docx.parts.filter((p) => p.startsWith("word/media/"));
  expect(media.some((p) => p.endsWith(".png"))).toBe(true);
  expect(media.some((p) => p.endsWith(".svg"))).toBe(true);
  await page.getByText(/^Đã tạo bao-cao/).waitFor();
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
