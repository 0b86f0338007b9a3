import {
  fieldHeading,
  planReportTitle,
  budgetReportTitle,
  unitName,
} from "../../../src/workbook/report/reportTitle";

test.each([
  ["KINH TẾ", "Kinh tế"],
  ["VĂN HÓA – XÃ HỘI", "Văn hóa – xã hội"],
  ["Đô thị – môi trường", "Đô thị – môi trường"],
  ["", "Chỉ tiêu chưa phân lĩnh vực"],
])("field heading %j → %s", (field, expected) => {
  expect(fieldHeading(field, "vi")).toBe(expected);
});

test.each([
  ["PHƯỜNG TÂN PHONG", "Phường Tân Phong"],
  ["Quận 7", "Quận 7"],
  ["QUẬN  7", "Quận 7"],
  ["Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"],
])("unit %j → %s", (unit, expected) => {
  expect(unitName(unit)).toBe(expected);
});

test("the summary lines of the seeds' reports", () => {
  expect(planReportTitle("9m", 2025, "vi")).toBe(
    "Tình hình thực hiện kế hoạch phát triển kinh tế – xã hội 9 tháng đầu năm 2025",
  );
  expect(planReportTitle("year", undefined, "vi")).toBe(
    "Tình hình thực hiện kế hoạch phát triển kinh tế – xã hội năm …",
  );
  expect(budgetReportTitle("6m", 2023, "vi")).toBe(
    "Tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm 2023",
  );
});
