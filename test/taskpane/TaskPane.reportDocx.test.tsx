/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./support/jsdomShims";
import "./support/preloadLazy";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createWorkbook } from "../../src/hosts/xlsx";
import { readDocx } from "../report/docx/readDocx";
import { typeBudgetWorkbook } from "./support/budgetWorkbook";
import { demoWorkbook } from "./support/demoWorkbook";
import { renderPane } from "./support/renderPane";

/**
 * The Báo cáo and Ngân sách tabs' Word report: built in the page, offered as a download (a blob
 * URL and a link's click, captured here: jsdom does not navigate), read back as a .docx.
 */
let offered: { blob: Blob; name: string }[];
let lastBlob: Blob | undefined;

beforeEach(() => {
  localStorage.clear();
  offered = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      lastBlob = blob;
      return "blob:report";
    }),
    revokeObjectURL: jest.fn(),
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) offered.push({ blob: lastBlob, name: this.download });
  });
  // jsdom has no canvas (and says so on the console): a browser without one answers null.
  jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});
afterEach(() => jest.restoreAllMocks());

async function offeredDocx() {
  expect(offered).toHaveLength(1);
  const [{ blob, name }] = offered;
  expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  return { name, docx: readDocx(new Uint8Array(await blob.arrayBuffer())) };
}

test("the Báo cáo tab downloads the report of the check it shows", async () => {
  const { gateway } = await demoWorkbook();
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "report" });
  await user.click(await screen.findByRole("button", { name: "Kiểm tra ngay" }));
  const sentence = (await screen.findByTestId("report-sentence")).textContent ?? "";
  await user.click(screen.getByRole("button", { name: "Tải báo cáo (.docx)" }));
  expect(
    await screen.findByText("Đã tạo bao-cao-quan-7.docx: xem thư mục tải về của trình duyệt."),
  ).toBeInTheDocument();
  const { name, docx } = await offeredDocx();
  expect(name).toBe("bao-cao-quan-7.docx");
  expect(docx.paragraphs).toContain(`Kết quả chung: ${sentence}`);
  expect(docx.paragraphs).toContain(
    "Tình hình thực hiện kế hoạch phát triển kinh tế – xã hội 9 tháng đầu năm 2025",
  );
  // jsdom has no canvas: the report says the chart is missing instead of leaving it out.
  expect(docx.paragraphs).toContain(
    "(Không vẽ được biểu đồ trong môi trường này: số liệu của biểu đồ ở bảng trên.)",
  );
});

test("the Ngân sách tab downloads the budget report of its check", async () => {
  const gateway = createWorkbook();
  const typed = await typeBudgetWorkbook(gateway);
  await gateway.select(typed.sheet, "A1");
  const user = userEvent.setup();
  renderPane({ gateway, initialTab: "budget" });
  await user.selectOptions(await screen.findByRole("combobox", { name: /Kỳ thực hiện/ }), "6m");
  await user.click(await screen.findByRole("button", { name: "Kiểm tra ngân sách" }));
  await user.click(await screen.findByRole("button", { name: "Tải báo cáo ngân sách (.docx)" }));
  expect(
    await screen.findByText(/^Đã tạo bao-cao-ngan-sach-quan-nam-tu-liem\.docx/),
  ).toBeInTheDocument();
  const { docx } = await offeredDocx();
  expect(docx.paragraphs).toContain(
    "Kết quả chung: 6 tháng: tổng thu ngân sách nhà nước trên địa bàn đạt 4.698,9 tỷ đồng, bằng 54,2% dự toán; " +
      "chi cân đối ngân sách địa phương đạt 561,7 tỷ đồng, bằng 49,7% dự toán.",
  );
});
