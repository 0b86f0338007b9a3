/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isOwnConsolidationSheet } from "../../src/workbook/consolidate/ownedSheets";
import { demoWorkbook } from "./support/demoWorkbook";
import { renderPane } from "./support/renderPane";

beforeEach(() => localStorage.clear());

test("consolidates the wards' sheets chosen in the Tổng hợp tab into new sheets", async () => {
  const { gateway, sheets } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "consolidate" });

  const group = await screen.findByRole("group", { name: "Trang của đơn vị cấp dưới" });
  const wardSheets = sheets.filter((s) => /Phường/.test(s));
  const boxes = await Promise.all(
    wardSheets.map((name) => within(group).findByRole("checkbox", { name })),
  );
  expect(within(group).getAllByRole("checkbox")).toHaveLength(wardSheets.length);
  boxes.forEach((b) => expect(b).toBeChecked());
  const parent = screen.getByRole("combobox", { name: /Trang kế hoạch của cấp trên/ });
  expect(parent).toHaveValue(sheets.find((s) => /Quận 7/.test(s)));

  // Nothing chosen: told so, nothing written.
  for (const box of boxes) await user.click(box);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(screen.getByText("Hãy chọn ít nhất một trang của đơn vị cấp dưới.")).toBeInTheDocument();
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual(sheets);

  for (const box of boxes) await user.click(box);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(
    await screen.findByText("Đã ghi các trang: Tổng hợp Quận 7, Nguồn, Ma trận đánh giá."),
  ).toBeInTheDocument();
  expect(screen.getByText(/Câu tổng hợp · 2 đơn vị/)).toBeInTheDocument();
  const written = await gateway.read({ sheets: ["Tổng hợp Quận 7", "Nguồn", "Ma trận đánh giá"] });
  expect(written.sheets.map(isOwnConsolidationSheet)).toEqual([true, true, true]);

  // Again: the same three sheets are replaced, none added.
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await waitFor(() =>
    expect(screen.getByText(/Thay kết quả tổng hợp lần trước/)).toBeInTheDocument(),
  );
  expect((await gateway.listSheets()).map((s) => s.name)).toEqual([
    ...sheets,
    "Tổng hợp Quận 7",
    "Nguồn",
    "Ma trận đánh giá",
  ]);
}, 60_000);

test("where the host can't import files, the pane says what to do instead", async () => {
  const { gateway } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "consolidate" });
  const input = await screen.findByLabelText("Nhập file .xlsx của đơn vị…", {
    selector: "input",
  });
  const file = new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04])], "phuong.xlsx");
  await user.upload(input, file);
  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Ở đây chưa nhập được file. Hãy mở file của đơn vị trong Excel và chép trang vào sổ tính này.",
  );
}, 30_000);
