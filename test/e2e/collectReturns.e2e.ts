import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { openWorkbook } from "../../src/hosts/xlsx";
import { QUAN_7_WARDS } from "../../src/workbook/demo/demoRoster";
import { distribute, type Distribution } from "../../src/workbook/distribute/distribute";
import { typeWithOpenpyxl, writeWard, type Typing } from "../workbook/distribute/roundTripFiles";
import { fillWard } from "../workbook/distribute/wardFilling";
import { DIST, launchChromium, requireE2eSetup, watchPage } from "./support/chromium";
import { demoFiles, type DemoFiles } from "./support/demoFiles";
import { serveFolder, type StaticServer } from "./support/staticServer";

/**
 * Thu thập in the preview, as the district's clerk does it: the district's plan open, the wards'
 * returned files picked in the Tổng hợp tab (ten files, two of them Tân Hưng's, Phú Mỹ's missing),
 * then a corrected file from Tân Kiểng a week later. The wards' files are the project's own
 * (distribute), typed with openpyxl as a ward's clerk would.
 */
let server: StaticServer;
let browser: Browser;
let demo: DemoFiles;
let given: Distribution;
let sent: string;
const SHOTS = process.env.CHITIEU_SHOTS ?? join(__dirname, "..", "..", "tmp-shots");

const ward = (name: string) => QUAN_7_WARDS.findIndex((w) => w.name === name);

beforeAll(async () => {
  requireE2eSetup();
  server = await serveFolder(DIST);
  browser = await launchChromium();
  demo = await demoFiles();
  const parent = await (await openWorkbook(new Uint8Array(await readFile(demo.parent)))).read();
  given = distribute(parent, { period: "6m", issued: new Date("2023-06-20T08:00:00Z") });
  const out = join(demo.folder, "giao");
  sent = join(demo.folder, "nhan");
  await mkdir(out);
  await mkdir(sent);
  await mkdir(SHOTS, { recursive: true });
  for (const book of given.workbooks) await writeWard(out, book);
  const typing = (w: number, to: string, saved: string): Typing => ({
    from: join(out, given.workbooks[w].fileName),
    to: join(sent, to),
    sheet: given.workbooks[w].identity.sheet,
    cells: fillWard(given.workbooks[w], { ward: w, period: "6m", slipEvery: 9, blankEvery: 0 }),
    saved,
  });
  const typings = given.workbooks.flatMap((b, w): Typing[] => {
    if (w === ward("Phường Phú Mỹ")) return [];
    if (w === ward("Phường Tân Hưng")) {
      return [
        typing(w, "phuong-tan-hung-lan-1.xlsx", "2023-07-03T02:00:00Z"),
        typing(w, "phuong-tan-hung-ban-sua.xlsx", "2023-07-05T09:30:00Z"),
      ];
    }
    return [typing(w, b.fileName, "2023-07-04T03:00:00Z")];
  });
  typings.push(
    typing(ward("Phường Tân Kiểng"), "phuong-tan-kieng-sua.xlsx", "2023-07-11T01:00:00Z"),
  );
  typeWithOpenpyxl(sent, typings);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pick(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Nhập file .xlsx của đơn vị…" }).click();
  await (await chooser).setFiles(files.map((f) => join(sent, f)));
}

test("ten returned files, two for one ward: the tracker says who has sent what; a corrected file replaces that ward's sheet only", async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const watch = await watchPage(page, server.origin);
  await page.goto(`${server.origin}/preview.html`);
  await page.setInputFiles("#chitieu-open-file", demo.parent);
  await page.getByText(/^Đã mở: quan-7/).waitFor();
  await page.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
  // The Giao chỉ tiêu section, for the README.
  const distribute = page.getByRole("heading", { name: "Giao chỉ tiêu cho các đơn vị" });
  await distribute.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, "distribute-section-vi.png") });
  await page.locator("aside").evaluate((aside) => aside.scrollTo(0, 0));

  const files = given.workbooks
    .map((b, w) => (w === ward("Phường Phú Mỹ") || w === ward("Phường Tân Hưng") ? "" : b.fileName))
    .filter((f) => f !== "");
  await pick(page, [...files, "phuong-tan-hung-lan-1.xlsx", "phuong-tan-hung-ban-sua.xlsx"]);
  const summary = page.getByTestId("collection");
  await summary
    .getByRole("heading", { name: "Theo dõi nộp báo cáo · đã nhận 9/10 đơn vị" })
    .waitFor();

  // Phú Mỹ has sent nothing; Tân Hưng's corrected file stands, its first try is named.
  const phuMy = summary.locator("li[data-unit='Phường Phú Mỹ']");
  expect(await phuMy.locator("[data-status]").getAttribute("data-status")).toBe("missing");
  expect(await phuMy.textContent()).toContain("Chưa nộp");
  const hung = summary.locator("li[data-unit='Phường Tân Hưng']");
  expect(await hung.textContent()).toContain("phuong-tan-hung-ban-sua.xlsx");
  expect(await hung.textContent()).toContain("thay cho phuong-tan-hung-lan-1.xlsx");
  await summary
    .getByText(
      "phuong-tan-hung-lan-1.xlsx: không nhập (đã có tệp mới hơn phuong-tan-hung-ban-sua.xlsx).",
    )
    .waitFor();

  // The report sheets and the tracker are in the workbook; no identity or instructions sheet.
  const tabs = page.getByTestId("sheet-tab-strip").locator("[role='tab'][data-sheet]");
  const names = await tabs.evaluateAll((all) => all.map((t) => t.getAttribute("data-sheet")));
  expect(names).toContain("Theo dõi nộp báo cáo");
  expect(names).toContain("Phường Tân Hưng");
  expect(names).not.toContain("Hướng dẫn");
  expect(names.filter((n) => n?.startsWith("Phường "))).toHaveLength(9);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, "collect-pane-vi.png") });
  await page.locator("aside").screenshot({ path: join(SHOTS, "collect-pane-only-vi.png") });

  // The tracker sheet, opened from the pane.
  await summary.getByRole("button", { name: "Mở trang “Theo dõi nộp báo cáo”" }).click();
  const tracker = page.getByRole("table", { name: "Nội dung trang tính “Theo dõi nộp báo cáo”" });
  await tracker.waitFor();
  const text = (await tracker.textContent()) ?? "";
  expect(text).toContain("Đã nhận 9/10 đơn vị");
  expect(text).toContain("Chưa nộp");
  expect(text).toContain("Đã thay thế phuong-tan-hung-lan-1.xlsx");
  await page.screenshot({ path: join(SHOTS, "collect-tracker-vi.png") });

  // A week later, Tân Kiểng's corrected file: its sheet only is replaced.
  await pick(page, ["phuong-tan-kieng-sua.xlsx"]);
  const kieng = summary.locator("li[data-unit='Phường Tân Kiểng']");
  await kieng.getByText(/thay cho phuong-tan-kieng-6-thang-2023\.xlsx/).waitFor();
  await summary
    .getByRole("heading", { name: "Theo dõi nộp báo cáo · đã nhận 9/10 đơn vị" })
    .waitFor();
  const after = await tabs.evaluateAll((all) => all.map((t) => t.getAttribute("data-sheet")));
  expect(after.filter((n) => n?.startsWith("Phường "))).toHaveLength(9);
  expect(after.filter((n) => n?.endsWith(")"))).toEqual([]);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, "collect-corrected-vi.png") });

  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await context.close();
}, 240_000);
