import type { Language } from "../../engine/model/status";

/** Every word the ward workbook shows, in each language. */
export interface DistributeText {
  authority: (unit: string) => string;
  title: (period: string, year: number) => string;
  unit: string;
  period: string;
  issuedBy: string;
  fill: string;
  entered: { before: string; after: string };
  sharedTarget: (parent: string) => string;
  unsplitTarget: (parent: string) => string;
  guideSheet: string;
  figurePrompt: { title: string; message: (bounds: string) => string };
  figureError: { title: string; message: (bounds: string) => string };
  baselinePrompt: { title: string; message: string };
  statePrompt: { title: string; message: string };
  stateError: { title: string; message: string };
  bounds: { any: string; min0: string; rate: string; whole: string };
  guide: (g: GuideFacts) => string[][];
}

export interface GuideFacts {
  parent: string;
  unit: string;
  period: string;
  year: number;
  deadline?: string;
  sheet: string;
  file: string;
  indicators: number;
  typedBaselines: number;
}

export const DISTRIBUTE_TEXT: Record<Language, DistributeText> = {
  vi: {
    authority: (unit) => `ỦY BAN NHÂN DÂN ${unit.toLocaleUpperCase("vi")}`,
    title: (period, year) =>
      `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI ${period === "Cả năm" ? "" : `${period.toLocaleUpperCase("vi")} `}NĂM ${year}`,
    unit: "Đơn vị",
    period: "Kỳ báo cáo",
    issuedBy: "Đơn vị giao chỉ tiêu",
    fill: "Nhập số liệu vào các ô nền vàng; cột % KH và Đánh giá tự tính, không cần nhập.",
    entered: { before: "Đã nhập ", after: "chỉ tiêu" },
    sharedTarget: (parent) => `Kế hoạch chung của ${parent}`,
    unsplitTarget: (parent) =>
      `${parent} chưa phân bổ chỉ tiêu này: chỉ báo cáo số thực hiện, không đánh giá`,
    guideSheet: "Hướng dẫn",
    figurePrompt: {
      title: "Nhập số liệu",
      message: (bounds) => `Gõ một con số (${bounds}), không gõ chữ hay đơn vị tính.`,
    },
    figureError: {
      title: "Số liệu không hợp lệ",
      message: (bounds) =>
        `Ô này chỉ nhận một con số (${bounds}). Hãy gõ lại; muốn ghi chú thì ghi ở cột Ghi chú.`,
    },
    baselinePrompt: {
      title: "Thực hiện năm trước",
      message: "Gõ số thực hiện năm trước của đơn vị: kế hoạch tăng, giảm được tính từ số này.",
    },
    statePrompt: {
      title: "Tình trạng thực hiện",
      message: "Chọn trong danh sách: Hoàn thành, Đang thực hiện hoặc Chưa hoàn thành.",
    },
    stateError: {
      title: "Tình trạng không hợp lệ",
      message: "Chỉ chọn Hoàn thành, Đang thực hiện hoặc Chưa hoàn thành trong danh sách.",
    },
    bounds: {
      any: "có thể âm",
      min0: "không âm",
      rate: "từ 0 đến 100",
      whole: "số nguyên, không âm",
    },
    guide: (g) => [
      [`HƯỚNG DẪN NHẬP BÁO CÁO ${g.period.toLocaleUpperCase("vi")} NĂM ${g.year}`],
      [`${g.parent} giao chỉ tiêu cho ${g.unit}`],
      [],
      ["1. Nhập gì"],
      [
        `Trang "${g.sheet}" có ${g.indicators} chỉ tiêu ${g.parent} giao cho đơn vị. Chỉ nhập vào các ô nền vàng:`,
      ],
      ["   • Thực hiện: số liệu thực hiện đến hết kỳ báo cáo (lũy kế từ đầu năm)."],
      ["   • Ước cả năm: số ước thực hiện cả năm."],
      [
        "   • Chỉ tiêu hoàn thành (công trình, đề án…): chọn Hoàn thành, Đang thực hiện hoặc Chưa hoàn thành.",
      ],
      ...(g.typedBaselines > 0
        ? [
            [
              `   • Thực hiện năm trước: ${g.typedBaselines} chỉ tiêu tăng, giảm so với năm trước cần số năm trước của đơn vị.`,
            ],
          ]
        : []),
      ["   • Ghi chú: giải thích khi cần (số liệu tạm tính, nguyên nhân chưa đạt…)."],
      ["Gõ số như thường lệ (ví dụ 1.250,5); không gõ đơn vị tính, không gõ chữ vào ô số."],
      [],
      ["2. Bảng tự kiểm tra"],
      [
        "Cột % KH và Đánh giá tự tính ngay khi nhập, theo đúng cách Phòng Tài chính – Kế hoạch đánh giá: Vượt, Đạt, Đúng tiến độ (xanh); Có nguy cơ (vàng); Chậm tiến độ, Không đạt, Số liệu lỗi (đỏ).",
      ],
      [
        "Số liệu lỗi nghĩa là ô nhập không đọc được (chữ, số âm, tỷ lệ quá 100%, số lệch hàng trăm lần so với kế hoạch hoặc năm trước): hãy xem lại.",
      ],
      [
        "Tên, mã, đơn vị tính và kế hoạch được khóa để khỏi sửa nhầm (không có mật khẩu). Nếu thấy kế hoạch sai, đừng sửa trong tệp: hãy báo cho đơn vị giao chỉ tiêu.",
      ],
      [],
      ["3. Gửi lại"],
      [
        g.deadline
          ? `Hạn gửi: ${g.deadline}.`
          : "Hạn gửi: theo văn bản giao chỉ tiêu của đơn vị cấp trên.",
      ],
      [
        `Lưu tệp dưới dạng .xlsx (Excel, LibreOffice hay WPS đều được), giữ nguyên các trang, rồi gửi lại chính tệp này (${g.file}). Đổi tên tệp cũng không sao: tệp mang sẵn tên đơn vị và kỳ báo cáo.`,
      ],
      [
        "Không chép số liệu sang tệp khác và không gửi bản chụp hay PDF: tổng hợp chỉ đọc được tệp này. Gửi lại bản sửa thì bản mới nhất sẽ thay bản cũ.",
      ],
    ],
  },
  en: {
    authority: (unit) => unit.toUpperCase(),
    title: (period, year) =>
      `REPORT ON THE SOCIO-ECONOMIC TARGETS, ${period.toUpperCase()} ${year}`,
    unit: "Unit",
    period: "Reporting period",
    issuedBy: "Targets set by",
    fill: "Type figures in the yellow cells; % of plan and Status calculate themselves.",
    entered: { before: "Filled in: ", after: "indicators" },
    sharedTarget: (parent) => `${parent}'s own target`,
    unsplitTarget: (parent) => `Not split by ${parent}: report the figure, it is not judged`,
    guideSheet: "Instructions",
    figurePrompt: {
      title: "Type a figure",
      message: (bounds) => `Type a number (${bounds}), no words or units.`,
    },
    figureError: {
      title: "Not a valid figure",
      message: (bounds) =>
        `This cell takes a number only (${bounds}). Type it again; notes go in the Notes column.`,
    },
    baselinePrompt: {
      title: "Last year's actual",
      message: "Type the unit's figure for last year: increase and decrease targets start from it.",
    },
    statePrompt: {
      title: "Progress",
      message: "Choose from the list: Completed, In progress or Not completed.",
    },
    stateError: {
      title: "Not a valid state",
      message: "Choose Completed, In progress or Not completed from the list.",
    },
    bounds: {
      any: "may be negative",
      min0: "0 or more",
      rate: "from 0 to 100",
      whole: "a whole number, 0 or more",
    },
    guide: (g) => [
      [`HOW TO FILL IN THE REPORT, ${g.period.toUpperCase()} ${g.year}`],
      [`Targets set by ${g.parent} for ${g.unit}`],
      [],
      ["1. What to fill in"],
      [
        `Sheet "${g.sheet}" has the ${g.indicators} targets set for the unit. Type only in the yellow cells:`,
      ],
      ["   • Actual: the figure to the end of the period (year to date)."],
      ["   • Forecast: the estimate for the whole year."],
      ["   • Milestones (works, plans…): choose Completed, In progress or Not completed."],
      ...(g.typedBaselines > 0
        ? [
            [
              `   • Baseline: ${g.typedBaselines} targets against last year need the unit's own figure for last year.`,
            ],
          ]
        : []),
      ["   • Notes: explain where needed."],
      [],
      ["2. The sheet checks itself"],
      ["% of plan and Status are calculated as you type, as the planning office judges them."],
      [
        "Invalid data means a cell cannot be read (text, a negative, a rate over 100%, a figure hundreds of times off): check it.",
      ],
      [
        "Names, codes, units and targets are locked against accidents (no password). If a target is wrong, tell the office that set it.",
      ],
      [],
      ["3. Sending it back"],
      [
        g.deadline
          ? `Deadline: ${g.deadline}.`
          : "Deadline: as the office that set the targets asked.",
      ],
      [`Save as .xlsx and send back this very file (${g.file}); renaming it does no harm.`],
      [
        "Do not copy the figures into another file: only this one can be consolidated. A corrected file sent later replaces the earlier one.",
      ],
    ],
  },
};
