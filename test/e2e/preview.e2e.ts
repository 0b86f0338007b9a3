import ExcelJS from "exceljs";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
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

let server: StaticServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;
let fixturePath: string;

beforeAll(async () => {
  requireE2eSetup();
  server = await serveFolder(DIST);
  browser = await launchChromium();
  const folder = await mkdtemp(join(tmpdir(), "chitieu-e2e-"));
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

test("opens a workbook in the preview, checks it, follows a finding, switches language and downloads the result", async () => {
  await page.goto(`${server.origin}/preview.html`);
  await page.getByRole("heading", { name: "Chỉ tiêu – bản xem trước" }).waitFor();

  // Load the fixture from disk, as a user would with the file picker.
  await page.setInputFiles("#chitieu-open-file", fixturePath);
  await page.getByText(`Đã mở: ${FIXTURE.fileName}`).waitFor();
  await page.getByRole("table", { name: `Nội dung trang tính “${FIXTURE.sheet}”` }).waitFor();

  // Check: counts on the cards.
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.getByRole("list", { name: "Tổng hợp theo đánh giá" }).waitFor();
  for (const [status, count] of Object.entries(FIXTURE.counts))
    expect(await page.getByTestId(`count-${status}`).textContent()).toBe(String(count));

  // The lagging row is highlighted in the sheet: its status cell in Excel's "Bad" colours.
  const row = page.locator(`tr[data-row="${FIXTURE.lagging.row}"]`);
  const status = row.locator("td", { hasText: "Chậm tiến độ" });
  expect(await status.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(
    "rgb(255, 199, 206)",
  );
  expect(await row.textContent()).toContain(FIXTURE.lagging.name);

  // Clicking its finding selects its cell.
  await page
    .getByRole("button", { name: `Dòng ${FIXTURE.lagging.row} · ${FIXTURE.lagging.name}` })
    .click();
  await page.getByText(`Đang chọn ô ${FIXTURE.sheet}!${FIXTURE.lagging.actualCell}`).waitFor();
  expect(await page.locator('td[aria-selected="true"]').getAttribute("data-cell")).toBe(
    FIXTURE.lagging.actualCell,
  );

  // By keyboard: the arrow keys move along the tabs, Enter opens one.
  await page.getByRole("tab", { name: "Kiểm tra" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByTestId("report-sentence").waitFor();
  expect(await page.getByTestId("report-sentence").textContent()).toMatch(
    /^9 tháng: 2\/6 chỉ tiêu đạt hoặc đúng tiến độ/,
  );

  // Switch to English: the pane and the preview around it follow.
  await page.getByRole("tab", { name: "Cài đặt" }).click();
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("tab", { name: "Check" }).waitFor();
  await page.getByRole("heading", { name: "Chỉ tiêu – browser preview" }).waitFor();
  await page.getByRole("tab", { name: "Check" }).click();
  expect(await page.getByTestId("count-lagging").textContent()).toBe("1");
  await page
    .getByRole("button", { name: `Row ${FIXTURE.lagging.row} · ${FIXTURE.lagging.name}` })
    .waitFor();

  // Download the checked workbook and read it back.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the checked workbook" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("phuong-tan-phong-9-thang-checked.xlsx");
  const saved = await download.path();
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its input as a Node Buffer of an older @types/node; the bytes are one.
  const bytes = (await readFile(saved)) as unknown as Parameters<typeof workbook.xlsx.load>[0];
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet(FIXTURE.sheet);
  expect(sheet).toBeDefined();
  const header = sheet?.getRow(4).values as unknown[];
  expect(header).toEqual(expect.arrayContaining(["% KH", "Đánh giá"]));
  const statusColumn = header.indexOf("Đánh giá");
  const cell = sheet?.getRow(FIXTURE.lagging.row).getCell(statusColumn);
  expect(cell?.value).toBe("Chậm tiến độ");
  const fill = cell?.fill;
  expect(fill && fill.type === "pattern" ? fill.fgColor?.argb : undefined).toBe("FFFFC7CE");

  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors).toEqual([]);
});
