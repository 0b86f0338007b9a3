import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Browser, Page } from "playwright-core";
import { openWorkbook } from "../../src/hosts/xlsx";
import { displayValue } from "../../src/preview/sheet/displayValue";
import { address } from "../../src/workbook/a1";
import type { SheetSnapshot } from "../../src/workbook/snapshot";
import {
  DIST,
  launchChromium,
  requireE2eSetup,
  watchPage,
  type PageWatch,
} from "./support/chromium";
import { demoFiles, type DemoFiles } from "./support/demoFiles";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * The preview does the whole job of an office PC without Excel, at 1366 × 768: open the
 * district's plan, import the wards' files, consolidate, edit, check, chart, download.
 */
let server: StaticServer;
let browser: Browser;
let demo: DemoFiles;

beforeAll(async () => {
  requireE2eSetup();
  server = await serveFolder(DIST);
  browser = await launchChromium();
  demo = await demoFiles();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPreview(): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  const watch = await watchPage(page, server.origin);
  await page.goto(`${server.origin}/preview.html`);
  await page.getByRole("heading", { name: "Chỉ tiêu – bản xem trước" }).waitFor();
  return { page, watch };
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles("#chitieu-open-file", path);
  await page.getByText(`Đã mở: ${basename(path)}`).waitFor();
}

/** Imports files through the Tổng hợp tab's button, as a user picks them; the time it took. */
async function importFiles(page: Page, paths: string[]): Promise<number> {
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  const button = page.getByRole("button", { name: "Nhập file .xlsx của đơn vị…" });
  await button.waitFor();
  const chooser = page.waitForEvent("filechooser");
  await button.click();
  const start = Date.now();
  await (await chooser).setFiles(paths);
  // One line a file ("phuong-x.xlsx: đã nhập …"); the last file's says the import is over.
  await page
    .getByText(`${basename(paths[paths.length - 1])}: đã nhập `, { exact: false })
    .waitFor();
  return Date.now() - start;
}

/** A file's sheets as the .xlsx reader reads them, in this process. */
async function sheetsOf(path: string): Promise<SheetSnapshot[]> {
  return (await (await openWorkbook(new Uint8Array(await readFile(path)))).read()).sheets;
}

/** What the page's table shows, cell by cell (empty cells left out). */
function shownCells(page: Page): Promise<Record<string, string>> {
  return page
    .locator("td[data-cell]")
    .evaluateAll((cells) =>
      Object.fromEntries(
        cells
          .map((td) => [td.getAttribute("data-cell") ?? "", (td.textContent ?? "").trim()])
          .filter(([, text]) => text !== ""),
      ),
    );
}

/** What a sheet should show: each value as the preview formats it, vi-VN style. */
function expectedCells(sheet: SheetSnapshot): Record<string, string> {
  const cells: Record<string, string> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const text = displayValue(value, sheet.numberFormats[r]?.[c] ?? "General", "vi");
      if (text !== "") cells[address(sheet.origin.row + r, sheet.origin.column + c)] = text;
    }),
  );
  return cells;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    scrollX: window.scrollX,
  }));

test("imports three ward files into the workbook in the page, shows their sheets as they are, and consolidates them", async () => {
  const { page, watch } = await openPreview();
  await openFile(page, demo.parent);
  const wards = demo.wards.slice(0, 3);
  const expected = await Promise.all(wards.map(sheetsOf));
  const names = expected.map((sheets) => sheets[0].name);
  expect(names).toEqual([
    "KH 2023 - Phường Bình Thuận",
    "KH 2023 - Phường Phú Mỹ",
    "KH 2023 - Phường Phú Thuận",
  ]);

  const ms = await importFiles(page, wards);
  console.log(`The preview imported ${wards.length} ward files in ${ms} ms`);
  for (const [i, ward] of wards.entries()) {
    await page.getByText(`${basename(ward)}: đã nhập ${names[i]}.`).waitFor();
  }
  const parentSheets = (await sheetsOf(demo.parent))
    .filter((sheet) => sheet.visibility === "visible")
    .map((sheet) => sheet.name);
  const tabs = page.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab");
  expect(await tabs.evaluateAll((all) => all.map((t) => t.getAttribute("data-sheet")))).toEqual([
    ...parentSheets,
    ...names,
  ]);
  // The imported sheets are ticked as sub-units.
  for (const name of names)
    expect(await page.getByRole("checkbox", { name }).isChecked()).toBe(true);

  // Each imported sheet shows what the ward's file holds, cell for cell.
  for (const [i, name] of names.entries()) {
    await tabs.nth(parentSheets.length + i).click();
    await page.getByRole("table", { name: `Nội dung trang tính “${name}”` }).waitFor();
    expect(await shownCells(page)).toEqual(expectedCells(expected[i][0]));
  }

  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await page.getByText("Đã ghi các trang: Tổng hợp Quận 7, Nguồn, Ma trận đánh giá.").waitFor();
  await page.getByText(/Câu tổng hợp · 3 đơn vị/).waitFor();
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test("twelve sheets: the tabs scroll in their own strip, the page never sideways; a new file opens at its top-left after asking about unsaved changes", async () => {
  const { page, watch } = await openPreview();
  await openFile(page, demo.parent);
  await importFiles(page, demo.wards);
  const strip = page.getByTestId("sheet-tab-strip");
  const tabs = strip.locator("[role='tab'][data-sheet]");
  // The district's plan and its allocation sheet, then the ten wards.
  expect(await tabs.count()).toBe(12);
  expect(await noSidewaysScroll(page)).toEqual({ page: 0, scrollX: 0 });
  const box = await strip.evaluate((s) => ({ scroll: s.scrollWidth, client: s.clientWidth }));
  expect(box.scroll).toBeGreaterThan(box.client);

  // The far tab: shown, in view inside the strip, and still no sideways scroll of the page.
  await tabs.last().click();
  await page
    .getByRole("table", { name: "Nội dung trang tính “KH 2023 - Phường Tân Thuận Tây”" })
    .waitFor();
  expect(await noSidewaysScroll(page)).toEqual({ page: 0, scrollX: 0 });
  const [stripBox, tabBox] = [await strip.boundingBox(), await tabs.last().boundingBox()];
  expect(tabBox && stripBox && tabBox.x >= stripBox.x - 1).toBe(true);
  expect(tabBox && stripBox && tabBox.x + tabBox.width <= stripBox.x + stripBox.width + 1).toBe(
    true,
  );

  // Scroll the sheet, then open another file: the preview asks first; Cancel keeps this one.
  const wrap = page.locator("table").first().locator("xpath=../..");
  await wrap.evaluate((w) => w.scrollTo(400, 600));
  await page.setInputFiles("#chitieu-open-file", demo.parent);
  const dialog = page.getByRole("alertdialog", { name: "Sổ tính đang mở có thay đổi chưa lưu" });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await dialog.waitFor({ state: "detached" });
  expect(await tabs.count()).toBe(12);

  await page.setInputFiles("#chitieu-open-file", demo.parent);
  await dialog.getByRole("button", { name: "Bỏ thay đổi và mở" }).click();
  await page.getByRole("table", { name: "Nội dung trang tính “KH 2023 - Quận 7”" }).waitFor();
  expect(await tabs.count()).toBe(2);
  const scroll = await page
    .locator("table")
    .first()
    .locator("xpath=../..")
    .evaluate((w) => [w.scrollLeft, w.scrollTop]);
  expect(scroll).toEqual([0, 0]);
  // Nothing changed since it opened: another file opens without asking.
  await openFile(page, demo.wards[0]);
  expect(watch.errors).toEqual([]);
});

test("at 1366 px the checked plan shows % KH and Đánh giá beside a narrow STT column; the edit bar reads figures as a cell does; the chart is drawn", async () => {
  const { page, watch } = await openPreview();
  await openFile(page, demo.parent);
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.getByRole("list", { name: "Tổng hợp theo đánh giá" }).waitFor();

  const wrap = await page.locator("table").first().locator("xpath=../..").boundingBox();
  const header = (text: string) => page.locator("tr[data-row='6'] td", { hasText: text }).first();
  for (const text of ["% KH", "Đánh giá"]) {
    const cell = await header(text).boundingBox();
    expect(cell && wrap && cell.x + cell.width <= wrap.x + wrap.width).toBe(true);
  }
  const stt = await header("STT").boundingBox();
  expect(stt?.width).toBeLessThan(60);

  // The edit bar: "18.900" is eighteen thousand nine hundred, "61,6" is 61.6, as in a cell.
  const value = page.getByRole("textbox", { name: "Giá trị" });
  const cell = page.locator("td[data-cell='H12']");
  await cell.click();
  expect(await value.inputValue()).toBe("45707,5");
  await value.fill("18.900");
  await page.getByRole("button", { name: "Ghi", exact: true }).click();
  await page.locator("td[data-cell='H12']", { hasText: "18.900" }).waitFor();
  expect(await cell.evaluate((td) => getComputedStyle(td).textAlign)).toBe("right");
  await page.locator("td[data-cell='A1']").click();
  await cell.click();
  expect(await value.inputValue()).toBe("18900");
  await page.locator("td[data-cell='H13']").click();
  await value.fill("61,6");
  await page.getByRole("button", { name: "Ghi", exact: true }).click();
  await page.locator("td[data-cell='H13']", { hasText: "61,6" }).waitFor();

  // The chart the Report tab writes is drawn over its sheet.
  await page.getByRole("tab", { name: "Báo cáo" }).click();
  await page.getByRole("button", { name: "Ghi biểu đồ" }).click();
  const chart = page.getByRole("img", { name: "Biểu đồ % KH theo lĩnh vực" });
  await chart.waitFor();
  // The fields: column A under the header ("Lĩnh vực", below the title block) of the chart
  // sheet's table.
  const fields = await page.locator("td[data-cell^='A']").evaluateAll((cells) => {
    const row = (c: Element) => Number((c.getAttribute("data-cell") ?? "").slice(1));
    const header = cells.find((c) => (c.textContent ?? "").trim() === "Lĩnh vực");
    if (!header) return 0;
    return cells.filter((c) => row(c) > row(header) && (c.textContent ?? "").trim() !== "").length;
  });
  expect(fields).toBeGreaterThanOrEqual(5);
  // Two series (mean % KH, share met), a bar per field each.
  expect(await chart.locator("rect[fill='#4472C4'], rect[fill='#ED7D31']").count()).toBe(
    fields * 2 + 2,
  );

  // The downloaded workbook holds the typed figures as numbers.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải xuống sổ đã kiểm tra" }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its input as a Node Buffer of an older @types/node; the bytes are one.
  const bytes = (await readFile(await download.path())) as unknown as Parameters<
    typeof workbook.xlsx.load
  >[0];
  await workbook.xlsx.load(bytes);
  const plan = workbook.getWorksheet("KH 2023 - Quận 7");
  expect(plan?.getCell("H12").value).toBe(18900);
  expect(plan?.getCell("H13").value).toBe(61.6);
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
