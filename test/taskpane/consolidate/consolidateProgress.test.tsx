/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../support/jsdomShims";
import "../support/preloadLazy";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookGateway } from "../../../src/hosts/gateway";
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { renderPane } from "../support/renderPane";
import { PARENT_SHEET, wardBook } from "./wardBook";

beforeEach(() => localStorage.clear());

test("Tổng hợp on Excel: a read of 30 wards' sheets shows its progress, request by request", async () => {
  // 30 wards of 600 indicators (270,000 cells, some 10 MB): a block of each, then the rest.
  const excel = wardBook(30, 600);
  const office = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
  });
  // The Office gateway as it is, but the consolidation's read holds its answer until the test
  // has looked at the pane, and the percentages the pane was given are kept.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const shares: number[] = [];
  const gateway: WorkbookGateway = {
    listSheets: () => office.listSheets(),
    apply: (changes) => office.apply(changes),
    select: (sheet, cell) => office.select(sheet, cell),
    read: async (request = {}): Promise<WorkbookSnapshot> => {
      if (!request.onProgress) return office.read(request);
      const tell = request.onProgress;
      const snapshot = await office.read({
        ...request,
        onProgress: (p) => {
          shares.push(p.done / p.total);
          tell(p);
        },
      });
      await held;
      return snapshot;
    },
  };
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "consolidate" });
  const group = await screen.findByRole("group", { name: "Trang của đơn vị cấp dưới" });
  expect(await within(group).findAllByRole("checkbox")).toHaveLength(30);
  const parent = screen.getByRole("combobox", { name: /Trang kế hoạch của cấp trên/ });
  await user.selectOptions(parent, PARENT_SHEET);
  excel.resetRequests();
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));

  // Read to the end, not yet consolidated: the bar is full and says so.
  expect(
    await screen.findByText("Đang đọc số liệu các đơn vị: 100%…", undefined, { timeout: 30_000 }),
  ).toBeInTheDocument();
  expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");
  expect(excel.requests.length).toBeGreaterThan(2);
  // Told after the first request and after each of the others, never going back.
  expect(shares.length).toBeGreaterThanOrEqual(excel.requests.length);
  expect(shares[0]).toBeGreaterThan(0);
  expect(shares[0]).toBeLessThan(1);
  shares.slice(1).forEach((s, i) => expect(s).toBeGreaterThanOrEqual(shares[i]));

  release();
  expect(
    await screen.findByText(/^Đã ghi các trang: Tổng hợp Quận 7/, undefined, { timeout: 30_000 }),
  ).toBeInTheDocument();
  expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
}, 90_000);
