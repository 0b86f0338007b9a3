import { BUDGET_STATUS_LABELS } from "../../engine/budget/budgetStatus";
import { PERIOD_LABELS } from "../../engine/model/period";
import { STATUS_LABELS } from "../../engine/model/status";
import { SUBMISSION_LABELS } from "../../workbook/distribute/collect/submissionStatus";
import type { Messages } from "./messages";

/** Tiếng Việt: the task pane's default language. */
export const vi: Messages = {
  lang: "vi",
  htmlLang: "vi",
  app: {
    name: "Chỉ tiêu",
    tagline: "Lập, kiểm tra và báo cáo chỉ tiêu kế hoạch phát triển kinh tế – xã hội.",
    host: {
      starting: "Đang kết nối với Excel…",
      excel: "Đang chạy trong Excel.",
      otherHost: "Chỉ tiêu chỉ chạy trong Excel.",
      browser: "Đang xem ngoài Excel: chưa có sổ tính để đọc.",
      preview: "Bản xem trước trong trình duyệt: sổ tính nằm trong trang này, không gửi đi đâu.",
    },
    noWorkbook:
      "Chưa có sổ tính. Hãy mở Chỉ tiêu trong Excel, hoặc dùng bản xem trước (preview.html) để mở một tệp .xlsx.",
    noWorkbookInPreview: "Chưa có sổ tính: hãy bấm “Mở tệp .xlsx” hoặc “Dùng sổ mẫu” ở trên.",
  },
  tabs: {
    label: "Chức năng",
    templates: "Mẫu kế hoạch",
    check: "Kiểm tra",
    report: "Báo cáo",
    consolidate: "Tổng hợp",
    budget: "Ngân sách",
    settings: "Cài đặt",
  },
  status: STATUS_LABELS.vi,
  budgetStatus: BUDGET_STATUS_LABELS.vi,
  period: PERIOD_LABELS.vi,
  progress: {
    loading: "Đang tải…",
    reading: "Đang đọc sổ tính…",
    checking: "Đang đánh giá các chỉ tiêu…",
    writing: "Đang ghi kết quả vào sổ tính…",
    creating: "Đang tạo trang tính…",
    rechecking: "Có thay đổi: đang kiểm tra lại…",
  },
  errors: {
    title: "Không thực hiện được",
    read: "Không đọc được sổ tính. Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.",
    write:
      "Không ghi được vào sổ tính. Trang tính có thể đang được bảo vệ hoặc đang ở chế độ sửa ô.",
    select: "Không chọn được ô này: trang tính có thể đã bị đổi tên hoặc xóa.",
    copy: "Không sao chép được. Hãy bôi đen câu báo cáo và nhấn Ctrl+C.",
    details: (message) => `Chi tiết: ${message}`,
    dismiss: "Đóng thông báo",
    codes: {
      InvalidArgument: "Excel không nhận dữ liệu phần bổ trợ gửi (một ô hoặc vùng không hợp lệ).",
      ItemNotFound:
        "Không tìm thấy trang tính, bảng hoặc ô cần dùng: có thể nó vừa bị đổi tên hoặc xóa. Hãy kiểm tra lại.",
      ItemAlreadyExists: "Đã có một trang tính trùng tên. Hãy đổi tên trang đó rồi thử lại.",
      AccessDenied:
        "Excel không cho ghi: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ cho đọc.",
      InvalidOperationInCellEditMode:
        "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc chọn ô khác rồi thử lại.",
      RequestPayloadSizeLimitExceeded:
        "Lượng dữ liệu cần ghi vượt giới hạn của Excel cho một lần gửi. Hãy kiểm tra từng trang một.",
      ResponsePayloadSizeLimitExceeded:
        "Trang tính quá lớn để Excel gửi một lần. Hãy kiểm tra từng trang, hoặc xóa dữ liệu thừa ở xa bảng.",
      GeneralException: "Excel gặp lỗi khi thực hiện. Hãy thử lại sau giây lát.",
      InvalidOperation: "Excel không cho thực hiện thao tác này lúc này. Hãy thử lại.",
      InvalidReference: "Địa chỉ ô hoặc vùng không hợp lệ với trang tính này.",
      MergedRangeConflict:
        "Vùng cần ghi có ô đã gộp. Hãy bỏ gộp các ô ở cột “% KH”, “Đánh giá” rồi thử lại.",
      ApiNotFound: "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng. Hãy cập nhật Excel.",
      UnsupportedFeature: "Phiên bản Excel này không hỗ trợ thao tác cần dùng.",
      Conflict: "Sổ làm việc vừa được người khác sửa cùng lúc. Hãy thử lại.",
      RequestAborted: "Yêu cầu tới Excel bị ngắt giữa chừng. Hãy thử lại.",
    },
    refused: {
      protected: (sheet) =>
        `Trang tính “${sheet}” đang được bảo vệ nên không ghi được kết quả; chưa ô nào bị thay đổi. Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi kiểm tra lại.`,
      merged: (sheet, range) =>
        `Ở trang tính “${sheet}”, chỗ cần ghi kết quả có ô gộp ${range}; chưa ô nào bị thay đổi. Hãy bỏ gộp các ô đó rồi kiểm tra lại.`,
      hidden: (sheet) =>
        `Trang tính “${sheet}” đang ẩn; chưa ô nào bị thay đổi. Hãy bỏ ẩn trang (nhấp chuột phải vào một thẻ trang › Bỏ ẩn) rồi thử lại.`,
    },
    unhideAndSelect: "Hiện trang tính và chọn ô",
  },
  templates: {
    heading: "Tạo trang kế hoạch từ mẫu",
    intro: "Chọn mẫu, nhập tên đơn vị và năm; trang tính mới không đè lên trang nào có sẵn.",
    template: "Mẫu",
    unit: "Tên đơn vị",
    unitPlaceholder: "Ví dụ: Thành phố Hồ Chí Minh, Phường Tân Thuận",
    year: "Năm kế hoạch",
    subUnits: "Đơn vị cấp dưới (không bắt buộc)",
    subUnitsHint:
      "Mỗi dòng một đơn vị, ví dụ: Phường Sài Gòn, Xã Bình Chánh, Khu phố 1. Trang của đơn vị " +
      "được tạo trước, rồi mỗi đơn vị cấp dưới một trang riêng.",
    create: "Tạo trang tính",
    unitRequired: "Hãy nhập tên đơn vị.",
    yearInvalid: "Năm phải từ 2000 đến 2100.",
    created: (sheets) => `Đã tạo: ${sheets}.`,
  },
  check: {
    heading: "Kiểm tra chỉ tiêu",
    scope: "Phạm vi",
    scopeActive: "Trang tính đang mở",
    scopeAll: "Tất cả các trang kế hoạch",
    period: "Kỳ báo cáo",
    periodFromTitle: "Theo tiêu đề bảng",
    run: "Kiểm tra",
    notYet: "Chưa kiểm tra. Nhấn “Kiểm tra” để đánh giá từng chỉ tiêu so với kế hoạch.",
    noIndicators: "Không tìm thấy bảng chỉ tiêu nào trong phạm vi đã chọn.",
    withoutTable: (sheets) => `Không có bảng chỉ tiêu: ${sheets}.`,
    checkedAt: (sheets, indicators) =>
      `Đã kiểm tra ${indicators} chỉ tiêu trên ${sheets} trang tính.`,
    highlightOff: "Tô màu đang tắt (thẻ Cài đặt): sổ tính không bị thay đổi.",
    summary: "Tổng hợp theo đánh giá",
    byField: "Tiến độ theo lĩnh vực",
    fieldMet: (met, total, percent) => `${met}/${total} đạt (${percent}%)`,
    fieldMetOnPace: (met, total, percent) => `${met}/${total} đạt và đúng tiến độ (${percent}%)`,
    noField: "Chưa phân lĩnh vực",
    findings: "Chi tiết theo trang tính",
    filter: "Lọc theo đánh giá",
    noMatches: "Không có chỉ tiêu nào khớp bộ lọc.",
    percentOfPlan: (percent) => `${percent}% KH`,
    rowLabel: (row) => `Dòng ${row}`,
    sheetNotes: "Ghi chú về trang tính",
    selectCell: (place) => `Chọn ô ${place}`,
    watching: "Tự kiểm tra lại khi sửa bảng chỉ tiêu.",
    recheckedAt: (sheet) => `Đã kiểm tra lại trang “${sheet}” sau khi sửa.`,
  },
  report: {
    heading: "Câu báo cáo",
    needCheck: "Chưa có kết quả kiểm tra để viết báo cáo.",
    runCheck: "Kiểm tra ngay",
    sentence: "Câu tổng hợp",
    byField: "Theo lĩnh vực",
    copy: "Sao chép",
    copied: "Đã sao chép vào bộ nhớ tạm.",
    chartHeading: "Biểu đồ % KH theo lĩnh vực",
    chartIntro:
      "Ghi vào một trang riêng của Chỉ tiêu bảng % KH bình quân và tỷ lệ chỉ tiêu đạt theo từng lĩnh vực, kèm biểu đồ cột vẽ từ bảng đó ngay bên cạnh.",
    insertChart: "Ghi biểu đồ",
    chartInserted: (sheet) => `Đã ghi bảng số liệu và biểu đồ cột vào trang “${sheet}”.`,
    chartSheet: "Biểu đồ % KH",
    chartTitle: "BIỂU ĐỒ % KẾ HOẠCH THEO LĨNH VỰC",
    chartColumns: {
      field: "Lĩnh vực",
      indicators: "Số chỉ tiêu",
      met: "Số chỉ tiêu đạt",
      metShare: "Tỷ lệ đạt (%)",
      metOnPace: "Số chỉ tiêu đạt và đúng tiến độ",
      metShareOnPace: "Tỷ lệ đạt và đúng tiến độ (%)",
      average: "% KH bình quân",
    },
    chartPeriod: "Kỳ báo cáo",
    chartNote:
      "Trang này do Chỉ tiêu tạo và ghi lại mỗi lần; % KH bình quân chỉ tính các chỉ tiêu có số % KH.",
    docxHeading: "Báo cáo Word",
    docxIntro:
      "Dự thảo báo cáo tình hình thực hiện theo thể thức Nghị định 30/2020/NĐ-CP (A4, Times New Roman): kết quả chung, từng lĩnh vực, các đơn vị trực thuộc, phụ lục bảng chỉ tiêu và biểu đồ. Số, ngày và người ký để trống.",
    docxBudgetIntro:
      "Dự thảo báo cáo tình hình thực hiện dự toán ngân sách theo thể thức Nghị định 30/2020/NĐ-CP: thu, chi so với dự toán, các khoản vượt hoặc chậm, kết quả kiểm tra số liệu, phụ lục.",
    download: "Tải báo cáo (.docx)",
    downloadBudget: "Tải báo cáo ngân sách (.docx)",
    downloading: "Đang tạo báo cáo…",
    downloaded: (file) => `Đã tạo ${file}: xem thư mục tải về của trình duyệt.`,
  },
  consolidate: {
    heading: "Tổng hợp số liệu các đơn vị",
    intro:
      "Chọn các trang của đơn vị cấp dưới (phường, xã, khối) và trang kế hoạch của cấp trên. Kết quả ghi vào các trang mới; trang của bạn không bị sửa.",
    units: "Trang của đơn vị cấp dưới",
    unitsHint: "Mỗi trang là một đơn vị; trang có nhiều nhóm cột theo đơn vị cũng được.",
    noSheets: "Sổ tính chưa có trang nào để tổng hợp.",
    parent: "Trang kế hoạch của cấp trên",
    parentNone: "(không có: cộng theo các đơn vị)",
    parentHint: "Lấy kế hoạch, cách tổng hợp và danh sách đơn vị từ trang này.",
    importFiles: "Nhập file .xlsx của đơn vị…",
    importHint: "Các trang trong file được chép vào cuối sổ tính này và được chọn sẵn.",
    imported: (file, sheets) => `${file}: đã nhập ${sheets}.`,
    importUnsupported: (platform) =>
      platform === "iPad"
        ? "Excel trên iPad không hỗ trợ nhập trang tính từ file. Hãy nhập bằng Excel trên máy tính hoặc Excel trên web, hoặc mở file của đơn vị và chép trang vào sổ tính này."
        : "Ở đây chưa nhập được file. Hãy mở file của đơn vị trong Excel và chép trang vào sổ tính này.",
    importNotXlsx: (file) =>
      `${file}: không nhập được, chỉ nhận file .xlsx. Hãy mở file trong Excel và lưu lại dưới dạng .xlsx.`,
    importWebParts: (file, parts) =>
      `${file}: không nhập được, vì Excel trên web không nhận file có ${parts}. Hãy mở file, xóa ${parts}, lưu lại rồi nhập lại; hoặc nhập bằng Excel trên máy tính. Chưa trang nào của file này được chép.`,
    importParts: {
      charts: "biểu đồ (cả trang biểu đồ)",
      comments: "ghi chú hoặc bình luận",
      pivotTables: "PivotTable",
      slicers: "slicer (bộ lọc)",
    },
    importTooLarge: (file, size, limit) =>
      `${file}: không nhập được, file ${size} lớn hơn mức Excel trên web nhận trong một lần (${limit}). Hãy xóa bớt hình ảnh, trang thừa rồi lưu lại, hoặc nhập bằng Excel trên máy tính.`,
    importFailed: (file, reason) => `${file}: không nhập được. ${reason}`,
    refresh: "Làm mới danh sách trang",
    run: "Tổng hợp",
    needUnits: "Hãy chọn ít nhất một trang của đơn vị cấp dưới.",
    importing: "Đang nhập file…",
    consolidating: "Đang tổng hợp…",
    reading: (done, total) =>
      `Đang đọc số liệu các đơn vị: ${Math.floor((100 * done) / Math.max(1, total))}%…`,
    writing: "Đang ghi kết quả tổng hợp…",
    written: (sheets) => `Đã ghi các trang: ${sheets}.`,
    replaced: (sheets) => `Thay kết quả tổng hợp lần trước: ${sheets}.`,
    unitCount: (count) => `${count} đơn vị`,
    sentence: "Câu tổng hợp",
    findings: (count) => `Phát hiện (${count})`,
    noFindings: "Không có phát hiện nào.",
    moreFindings: (count) => `và ${count} phát hiện khác (xem trang Nguồn và ghi chú).`,
  },
  collect: {
    heading: (received, expected) =>
      `Theo dõi nộp báo cáo · đã nhận ${received}/${expected} đơn vị`,
    status: SUBMISSION_LABELS.vi,
    openTracker: (sheet) => `Mở trang “${sheet}”`,
    next: "Trang của các đơn vị đã nhận được chọn sẵn ở mục “Trang của đơn vị cấp dưới”; bấm Tổng hợp để tổng hợp.",
    noParent:
      "Chưa chọn trang kế hoạch của đơn vị cấp trên: các tệp chỉ được đối chiếu với nhau, chưa đối chiếu với danh sách đơn vị và chỉ tiêu đã giao.",
    filled: (filled, total) => `${filled}/${total} chỉ tiêu`,
    counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
    replaced: (files) => `thay cho ${files}`,
    files: "Các tệp đã chọn",
    taken: (file, sheet) => `${file}: đã nhập vào trang “${sheet}”.`,
    leftOtherParent: (file) => `${file}: không nhập (tệp do đơn vị khác giao).`,
    leftUnexpected: (file, unit) =>
      `${file}: không nhập (${unit} không có trong danh sách đơn vị).`,
    leftOtherPeriod: (file) => `${file}: không nhập (tệp của kỳ báo cáo khác).`,
    leftSuperseded: (file, newer) => `${file}: không nhập (đã có tệp mới hơn ${newer}).`,
    unreadable: (file, reason) =>
      `${file}: không đọc được${reason ? `: ${reason}` : " (không phải tệp .xlsx)"}.`,
    findings: (count) => `Phát hiện khi nhận tệp (${count})`,
    readingFiles: (done, total) => `Đang đọc tệp ${done}/${total}…`,
    insertingSheets: (done, total) => `Đang chép trang của đơn vị ${done}/${total}…`,
  },
  distribute: {
    heading: "Giao chỉ tiêu cho các đơn vị",
    intro:
      "Từ kế hoạch và trang giao chỉ tiêu của sổ tính này: mỗi đơn vị một tệp .xlsx tự kiểm tra (công thức % KH và Đánh giá, ô nhập có kiểm tra, kế hoạch khóa, trang Hướng dẫn), tất cả trong một tệp .zip tải về. Kỳ báo cáo là kỳ chọn ở trên.",
    run: "Giao chỉ tiêu (tải .zip)",
    reading: "Đang đọc kế hoạch…",
    making: (done, total) => `Đang tạo tệp ${done}/${total}…`,
    made: (count, file) => `Đã tạo ${count} tệp trong ${file}.`,
    nothing: "Không tạo được tệp nào: xem phát hiện bên dưới.",
  },
  budget: {
    heading: "Kiểm tra ngân sách",
    intro:
      "Đối chiếu số thực hiện với dự toán thu, chi: tổng các dòng con, tỷ lệ %, khoản chi vượt dự toán và khoản thu chậm so với tiến độ.",
    scope: "Phạm vi",
    scopeActive: "Trang tính đang mở",
    scopeAll: "Tất cả các trang tính",
    period: "Kỳ thực hiện",
    periodFromTitle: "Theo tiêu đề bảng (cả năm nếu không ghi)",
    run: "Kiểm tra ngân sách",
    watching: "Tự kiểm tra lại khi sửa bảng ngân sách đã kiểm tra.",
    recheckedAt: (sheets) => `Đã kiểm tra lại ngân sách sau khi sửa trang “${sheets}”.`,
    notYet:
      "Chưa kiểm tra. Mở trang có bảng dự toán và thực hiện thu, chi rồi nhấn “Kiểm tra ngân sách”.",
    checkedAt: (tables, sheets) =>
      `Đã kiểm tra ${tables} bảng ngân sách trên ${sheets} trang tính.`,
    noTableActive: (sheet) => `Trang “${sheet}” không có bảng ngân sách.`,
    noTableAll: "Không tìm thấy bảng ngân sách nào trong sổ tính.",
    noTableColumns:
      "Bảng ngân sách cần một dòng tiêu đề có cột Nội dung và ít nhất một cột Dự toán, Thực hiện, Quyết toán, Tỷ trọng hoặc Số lượng.",
    noTableTemplate:
      "Thẻ Mẫu kế hoạch có mẫu “Dự toán và thực hiện thu, chi ngân sách” với sẵn các cột này.",
    chartSheetActive: (sheet) =>
      `Trang “${sheet}” là trang biểu đồ do Chỉ tiêu ghi. Hãy mở trang có bảng ngân sách rồi kiểm tra lại.`,
    withoutTable: (sheets) => `Không có bảng ngân sách: ${sheets}.`,
    sentences: "Câu báo cáo",
    columnsWritten:
      "Đã ghi cột “% dự toán (tính)” và “Đánh giá” bên phải mỗi bảng, tô màu và ghi chú vào các ô có vấn đề; số liệu bạn nhập không bị sửa.",
    highlightOff: "Tô màu đang tắt (thẻ Cài đặt): các bảng không được ghi thêm cột.",
    chartWritten: (sheet) => `Biểu đồ thực hiện so với dự toán được ghi vào trang mới “${sheet}”.`,
    chartReplaced: (sheet) =>
      `Biểu đồ thực hiện so với dự toán được ghi lại trên trang “${sheet}” (thay lần kiểm tra trước).`,
    noChart: "Không có khoản nào có đủ số dự toán và thực hiện để vẽ biểu đồ.",
    statusCounts: "Số dòng theo đánh giá",
    table: (sheet) => `Trang “${sheet}”`,
    unit: (unit) => `Đơn vị tính: ${unit}`,
    totals: "Tổng thu, tổng chi",
    totalColumns: { line: "Khoản", estimate: "Dự toán", actual: "Thực hiện", percent: "% dự toán" },
    section: { revenue: "Thu", expenditure: "Chi" },
    attention: (count) => `Dòng cần xem (${count})`,
    noAttention: "Không có dòng nào chi vượt, thu chậm, thiếu hay sai số liệu.",
    percentOfEstimate: (percent) => `${percent}% dự toán`,
    findings: (count) => `Phát hiện (${count})`,
    noFindings: "Không có phát hiện nào.",
  },
  settings: {
    heading: "Cài đặt",
    language: "Ngôn ngữ",
    languageNames: { vi: "Tiếng Việt", en: "English" },
    tolerance: "Ngưỡng “có nguy cơ” (%)",
    toleranceHint:
      "Chỉ tiêu thấp hơn tiến độ trong phạm vi này được đánh giá “Có nguy cơ”; thấp hơn nữa là “Chậm tiến độ”.",
    toleranceClamped: (typed, value, min, max) =>
      `Đã đổi ${typed} thành ${value}: ngưỡng phải từ ${min} đến ${max}%.`,
    toleranceRounded: (typed, value) =>
      `Đã làm tròn ${typed} thành ${value} (một chữ số thập phân).`,
    highlight: "Tô màu kết quả vào sổ tính",
    highlightHint: "Ghi cột % KH, Đánh giá, màu và ghi chú. Tắt để chỉ xem kết quả trong ngăn này.",
    saved: "Cài đặt được lưu trên máy này.",
  },
  quickCheck: {
    title: "Kiểm tra nhanh",
    sheet: (sheet) => `Trang tính: ${sheet}`,
    written: "Kết quả đã được ghi và tô màu trên trang tính.",
    notWritten: "Không có gì cần ghi vào trang tính.",
    noTable: "Trang tính đang mở không có bảng chỉ tiêu.",
    failed: "Không kiểm tra được trang tính đang mở.",
    close: "Đóng",
  },
  preview: {
    title: "Chỉ tiêu – bản xem trước",
    intro: "Mở một tệp .xlsx từ máy, hoặc dùng sổ mẫu, rồi kiểm tra bằng ngăn bên phải.",
    open: "Mở tệp .xlsx",
    demo: "Dùng sổ mẫu",
    download: "Tải xuống sổ đã kiểm tra",
    sheets: "Các trang tính",
    emptySheet: "Trang tính trống.",
    noWorkbook: "Chưa mở sổ tính nào.",
    loading: "Đang mở sổ tính…",
    openFailed: "Không mở được tệp này. Hãy chọn một tệp Excel .xlsx (không phải .xls cũ).",
    demoUnit: "Quận 7",
    demoWards: ["Phường Tân Phong", "Phường Tân Hưng"],
    sheetTable: (sheet) => `Nội dung trang tính “${sheet}”`,
    selected: (place) => `Đang chọn ô ${place}`,
    cell: "Ô",
    value: "Giá trị",
    write: "Ghi",
    editHint: "Sửa một ô như trong Excel: bảng chỉ tiêu đã kiểm tra sẽ được kiểm tra lại.",
    badCell: "Địa chỉ ô không đúng (ví dụ: K12).",
    ready: (file) => `Đã mở: ${file}`,
    unsavedTitle: "Sổ tính đang mở có thay đổi chưa lưu",
    unsavedBody: (file) =>
      `Các thay đổi trong “${file}” (kết quả kiểm tra, trang đã nhập, ô đã sửa) chỉ nằm trong trang này. Mở sổ khác sẽ bỏ chúng, trừ khi bạn tải sổ xuống trước.`,
    unsavedDownload: "Tải xuống rồi mở",
    unsavedDiscard: "Bỏ thay đổi và mở",
    unsavedCancel: "Hủy",
  },
};
