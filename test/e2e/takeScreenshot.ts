/**
 * `npm run screenshot` (after `npm run build`): the task pane in Vietnamese, checked over the
 * preview's sample workbook, as docs/taskpane-vi.png (the pane) and docs/preview-vi.png (the
 * whole preview page). The README shows them.
 */
import { join } from "node:path";
import { DIST, launchChromium, requireE2eSetup, watchPage } from "./support/chromium";
import { serveFolder } from "./support/staticServer";

const DOCS = join(__dirname, "..", "..", "docs");

async function main(): Promise<void> {
  requireE2eSetup();
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1500 } });
    const watch = await watchPage(page, server.origin);
    await page.goto(`${server.origin}/preview.html`);
    await page.getByRole("button", { name: "Dùng sổ mẫu" }).click();
    await page.getByText(/^Đã mở: /).waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("list", { name: "Tổng hợp theo đánh giá" }).waitFor();
    const lagging = page.getByRole("button", { name: /^Dòng \d+ · / }).first();
    await lagging.click();
    await page.getByText(/^Đang chọn ô /).waitFor();
    await page.mouse.move(0, 0);
    await page.locator("aside").evaluate((aside) => aside.scrollTo(0, 0));
    await page.locator("aside").screenshot({ path: join(DOCS, "taskpane-vi.png") });
    await page.screenshot({ path: join(DOCS, "preview-vi.png") });
    if (watch.errors.length > 0 || watch.foreignRequests.length > 0)
      throw new Error(
        `The page misbehaved: ${[...watch.errors, ...watch.foreignRequests].join("; ")}`,
      );
    console.log(`Wrote ${join(DOCS, "taskpane-vi.png")} and ${join(DOCS, "preview-vi.png")}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
