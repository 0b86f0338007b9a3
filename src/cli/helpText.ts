import type { Language } from "../engine/model/status";

/** Every description `chitieu --help` and `chitieu <command> --help` show, per language. */
export interface HelpText {
  program: string;
  lang: string;
  help: string;
  helpCommand: string;
  version: string;
  seeHelp: string;
  json: string;
  strict: string;
  period: string;
  templates: string;
  template: string;
  unit: string;
  year: string;
  wards: string;
  templateOut: string;
  into: string;
  check: string;
  checkOut: string;
  tolerance: string;
  budget: string;
  budgetOut: string;
  sheet: string;
  consolidate: string;
  plan: string;
  consolidateOut: string;
  demo: string;
  folder: string;
  report: string;
  reportBudget: string;
  reportUnits: string;
  reportOut: string;
  distribute: string;
  distributeOut: string;
  units: string;
  deadline: string;
}

export const HELP_TEXT: Record<Language, HelpText> = {
  vi: {
    program: "Chỉ tiêu: kiểm tra chỉ tiêu kế hoạch phát triển kinh tế – xã hội trên tệp .xlsx",
    lang: "ngôn ngữ (vi: tiếng Việt, en: tiếng Anh)",
    help: "in trợ giúp",
    helpCommand: "in trợ giúp của một lệnh",
    version: "in số phiên bản",
    seeHelp: "(xem chitieu --help)",
    json: "in báo cáo JSON",
    strict: "thoát mã 1 khi có lỗi số liệu",
    period: "kỳ báo cáo (q1: quý I, 6m: 6 tháng, 9m: 9 tháng, year: cả năm)",
    templates: "liệt kê các mẫu kế hoạch",
    template: "tạo sổ tính kế hoạch từ mẫu",
    unit: "tên đơn vị, ví dụ “Thành phố Hồ Chí Minh”, “Phường Tân Thuận”",
    year: "năm kế hoạch",
    wards: "đơn vị cấp dưới, cách nhau bởi dấu phẩy: mỗi đơn vị một trang",
    templateOut: "tệp kết quả; không ghi đè tệp có sẵn",
    into: "thêm các trang mẫu vào sổ tính --out có sẵn",
    check: "kiểm tra các bảng chỉ tiêu",
    checkOut: "ghi một bản đã tô màu và đánh giá",
    tolerance: "ngưỡng “có nguy cơ” (%), mặc định 10",
    budget: "kiểm tra các bảng thu, chi ngân sách",
    budgetOut: "ghi một bản có cột % dự toán, đánh giá, ghi chú và biểu đồ",
    sheet: "chỉ kiểm tra trang này (lặp lại cho nhiều trang)",
    consolidate: "tổng hợp báo cáo các đơn vị cấp dưới",
    plan: "kế hoạch của đơn vị cấp trên (chỉ tiêu giao, cách tổng hợp)",
    consolidateOut: "tệp kết quả",
    demo: "tạo bộ sổ tính mẫu có số liệu, kiểm tra và tô màu",
    report:
      "viết báo cáo tình hình thực hiện (tệp Word .docx) từ bảng chỉ tiêu hoặc bảng ngân sách",
    reportBudget: "báo cáo thực hiện dự toán ngân sách từ sổ tính này",
    reportUnits: "sổ tính của các đơn vị cấp dưới, cho đoạn về các đơn vị trực thuộc",
    reportOut: "tệp báo cáo .docx; không ghi đè tệp có sẵn",
    folder: "thư mục",
    distribute: "giao chỉ tiêu: mỗi đơn vị cấp dưới một tệp .xlsx tự kiểm tra",
    distributeOut: "thư mục ghi các tệp (mỗi đơn vị một tệp)",
    units: "chỉ giao cho các đơn vị này, cách nhau bởi dấu phẩy",
    deadline: "hạn gửi lại, ghi trên trang Hướng dẫn (ví dụ “15/7/2023”)",
  },
  en: {
    program: "Chỉ tiêu: checks socio-economic plan indicators in .xlsx files",
    lang: "language (vi: Vietnamese, en: English)",
    help: "display help",
    helpCommand: "display help for a command",
    version: "print the version",
    seeHelp: "(see chitieu --help)",
    json: "print a JSON report",
    strict: "exit with code 1 when there are data errors",
    period: "reporting period (q1, 6m: six months, 9m: nine months, year)",
    templates: "list the plan templates",
    template: "write a plan workbook from a template",
    unit: "unit name, e.g. “Thành phố Hồ Chí Minh”, “Phường Tân Thuận”",
    year: "plan year",
    wards: "sub-units, separated by commas: a sheet each",
    templateOut: "output file; an existing file is never replaced",
    into: "add the template's sheets to the existing --out workbook",
    check: "check every plan table",
    checkOut: "write a highlighted, judged copy",
    tolerance: "“at risk” threshold (%), 10 by default",
    budget: "check every budget table",
    budgetOut: "write a copy with % of estimate, status, notes and a chart",
    sheet: "check only this sheet (repeat for several)",
    consolidate: "consolidate sub-unit reports",
    plan: "the parent unit's plan (targets, roll-up rules)",
    consolidateOut: "output file",
    demo: "write, check and highlight sample workbooks",
    report: "write the implementation report (a Word .docx file) from a plan or budget table",
    reportBudget: "report on budget execution from this workbook",
    reportUnits: "the sub-units' workbooks, for the paragraph on sub-units",
    reportOut: "the .docx report; an existing file is never replaced",
    folder: "folder",
    distribute: "distribute targets: one self-checking .xlsx per sub-unit",
    distributeOut: "folder for the files (one per sub-unit)",
    units: "only these sub-units, separated by commas",
    deadline: "deadline for sending back, shown on the instructions sheet (e.g. “15/7/2023”)",
  },
};
