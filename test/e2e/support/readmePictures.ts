import { basename, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { DemoFiles } from "./demoFiles";
import { watchPage } from "./chromium";

/** The README's pictures of the preview, in docs/, and what each shows. */
export const PICTURES = {
  /** The task pane after a check of the preview's sample workbook. */
  pane: "taskpane-vi.png",
  /** The whole preview at 1366 × 768, the same check. */
  preview: "preview-vi.png",
  /** The demo's district plan with its ten wards' files imported and consolidated. */
  consolidate: "preview-consolidate-vi.png",
  /** The % KH chart sheet the Report tab writes, drawn in the preview. */
  chart: "preview-chart-vi.png",
} as const;

/**
 * The figures the pictures show, read from the page when they are taken. Committed beside the
 * pictures (docs/pictures.json): the end-to-end test takes the pictures again from the build and
 * fails when these differ, so the README never shows figures the demo no longer gives.
 */
export interface PictureFacts {
  /** The sample workbook's check: count per status card. */
  counts: Record<string, string>;
  /** Its report sentence, as the Report tab gives it. */
  sentence: string;
  /** The consolidation of the demo's ten wards: the sheets imported and the pane's sentence. */
  imported: string[];
  consolidated: string;
  /** The fields the chart has a pair of bars for. */
  chartFields: string[];
}

export const VIEWPORT = { width: 1366, height: 768 };
const PANE_HEIGHT = 1400;

async function counts(page: Page): Promise<Record<string, string>> {
  const cards = page.locator("[data-testid^='count-']");
  const entries = await cards.evaluateAll((all) =>
    all.map((c) => [c.getAttribute("data-testid")?.slice(6) ?? "", c.textContent ?? ""]),
  );
  return Object.fromEntries(entries);
}

/**
 * Takes the README's pictures of the preview served at `origin` into `folder`, driving it as a
 * user would: the sample workbook checked; the demo's district plan with its wards' files
 * imported and consolidated; the chart of the Report tab. Returns what they show.
 */
export async function takeReadmePictures(
  browser: Browser,
  origin: string,
  demo: DemoFiles,
  folder: string,
): Promise<PictureFacts> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const watch = await watchPage(page, origin);
    await page.goto(`${origin}/preview.html`);

    // The sample workbook, checked, a lagging indicator followed to its cell.
    await page.getByRole("button", { name: "Dùng sổ mẫu" }).click();
    await page.getByText(/^Đã mở: /).waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("list", { name: "Tổng hợp theo đánh giá" }).waitFor();
    const shown = await counts(page);
    await page
      .getByRole("button", { name: /^Dòng \d+ · / })
      .first()
      .click();
    await page.getByText(/^Đang chọn ô /).waitFor();
    await page.mouse.move(0, 0);
    await page.locator("aside").evaluate((aside) => aside.scrollTo(0, 0));
    await page.screenshot({ path: join(folder, PICTURES.preview) });
    // The pane alone, tall enough for its cards and the first indicators.
    await page.setViewportSize({ width: VIEWPORT.width, height: PANE_HEIGHT });
    await page.locator("aside").evaluate((aside) => aside.scrollTo(0, 0));
    await page.locator("aside").screenshot({ path: join(folder, PICTURES.pane) });
    await page.setViewportSize(VIEWPORT);
    await page.getByRole("tab", { name: "Báo cáo", exact: true }).click();
    const sentence = (await page.getByTestId("report-sentence").textContent()) ?? "";

    // The demo's district plan, its ten wards' files imported, consolidated.
    await page.setInputFiles("#chitieu-open-file", demo.parent);
    await page.getByRole("alertdialog").getByRole("button", { name: "Bỏ thay đổi và mở" }).click();
    await page.getByText(/^Đã mở: quan-7/).waitFor();
    await page.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Nhập file .xlsx của đơn vị…" }).click();
    await (await chooser).setFiles(demo.wards);
    // One sentence a file: "phuong-x.xlsx: đã nhập <sheets>."; the last file's ends the import.
    const last = page.getByText(`${basename(demo.wards[demo.wards.length - 1])}: đã nhập `, {
      exact: false,
    });
    await last.waitFor();
    const said = (await last.textContent()) ?? "";
    const imported = [...said.matchAll(/\.xlsx: đã nhập (.+?)\.(?= |$)/g)].flatMap((m) =>
      m[1].split(", "),
    );
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText(/^Đã ghi các trang: /).waitFor();
    const consolidated = (await page.getByTestId("consolidate-sentence").textContent()) ?? "";
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(folder, PICTURES.consolidate) });

    // The chart sheet of the Report tab, over the district plan checked.
    await page.getByRole("tab", { name: "KH 2023 - Quận 7", exact: true }).click();
    await page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByRole("list", { name: "Tổng hợp theo đánh giá" }).waitFor();
    await page.getByRole("tab", { name: "Báo cáo", exact: true }).click();
    await page.getByRole("button", { name: "Ghi biểu đồ" }).click();
    const chart = page.getByRole("img", { name: "Biểu đồ % KH theo lĩnh vực" });
    await chart.waitFor();
    const chartFields = await chart
      .locator("text[data-category]")
      .evaluateAll((texts) => texts.map((t) => t.getAttribute("data-category") ?? ""));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(folder, PICTURES.chart) });

    if (watch.errors.length > 0 || watch.foreignRequests.length > 0) {
      throw new Error(
        `The page misbehaved: ${[...watch.errors, ...watch.foreignRequests].join("; ")}`,
      );
    }
    return { counts: shown, sentence, imported, consolidated, chartFields };
  } finally {
    await context.close();
  }
}
