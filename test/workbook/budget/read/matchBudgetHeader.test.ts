import {
  matchBudgetHeader,
  type BudgetHeaderMatch,
} from "../../../../src/workbook/budget/read/matchBudgetHeader";
import { matchHeader } from "../../../../src/workbook/read/matchHeader";

describe("budget header texts", () => {
  test.each<[string, BudgetHeaderMatch | undefined]>([
    ["STT", { role: "code" }],
    ["Mã số", { role: "code" }],
    ["Nội dung", { role: "name" }],
    ["Chỉ tiêu", { role: "name" }],
    ["Đơn vị", { role: "entity" }],
    ["Loại", { role: "section" }],
    ["Đơn vị tính", { role: "unit" }],
    ["ĐVT", { role: "unit" }],
    ["Dự toán", { role: "estimate" }],
    ["DT", { role: "estimate" }],
    ["Dự toán năm", { role: "estimate" }],
    ["Dự toán năm 2023", { role: "estimate", year: 2023 }],
    ["Dự toán được giao", { role: "estimate" }],
    ["Dự toán được giao<#if(<#FirstPage>=false;<#delete column>;)>", { role: "estimate" }],
    ["Estimate", { role: "estimate" }],
    ["Thực hiện", { role: "actual" }],
    ["TH", { role: "actual" }],
    ["Ước thực hiện", { role: "actual" }],
    ["Ước TH", { role: "actual" }],
    ["Ước thực hiện năm 2022", { role: "actual", year: 2022 }],
    ["Thực hiện 6 tháng đầu năm", { role: "actual", period: "6m" }],
    ["Quyết toán", { role: "actual" }],
    ["Số quyết toán được duyệt", { role: "actual" }],
    ["% dự toán", { role: "percentOfEstimate" }],
    ["So sánh (%)", { role: "percentOfEstimate" }],
    ["TH/DT", { role: "percentOfEstimate" }],
    ["So cùng kỳ", { role: "percentOfLastYear" }],
    ["TH/CK", { role: "percentOfLastYear" }],
    ["Cùng kỳ năm trước", { role: "lastYear" }],
    ["Tỷ trọng (%)", { role: "share" }],
    ["Cơ cấu", { role: "share" }],
    ["Số lượng (người)", { role: "amount" }],
    ["Tổng phần thu nộp", { role: "amount" }],
    ["Ghi chú", { role: "notes" }],
    ["% dự toán (tính)", { role: "ownedPercent" }],
    ["Đánh giá", { role: "ownedStatus" }],
    ["Kế hoạch", undefined],
    ["Chênh lệch", undefined],
    ["Dự toán - QT được duyệt", undefined],
    ["<#Headers.TenDanhMuc>", undefined],
  ])("%s", (text, expected) => {
    expect(matchBudgetHeader(text)).toEqual(expected);
  });

  test("the plan reader's matching is unchanged by the budget words", () => {
    expect(matchHeader("Estimate")).toEqual({ role: "forecast" });
    expect(matchHeader("Dự toán")).toEqual({ role: "budget" });
    expect(matchHeader("TH/KH")).toEqual({ role: "ratio" });
    expect(matchHeader("Lũy kế 6 tháng")).toEqual({ role: "actual", period: "6m" });
    expect(matchHeader("Kế hoạch<#delete column>")).toEqual({ role: "target" });
  });
});
