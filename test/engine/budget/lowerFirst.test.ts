import { lowerFirst } from "../../../src/engine/budget/lowerFirst";

describe("lowerFirst: a budget line's name inside a sentence", () => {
  test.each([
    ["Tổng chi ngân sách địa phương", "tổng chi ngân sách địa phương"],
    ["TỔNG CHI NGÂN SÁCH", "tổng chi ngân sách"],
    ["TỔNG THU NSNN TRÊN ĐỊA BÀN", "tổng thu NSNN trên địa bàn"],
    ["CHI ĐẦU TƯ XDCB", "chi đầu tư XDCB"],
    ["CHI THƯỜNG XUYÊN CỦA UBND", "chi thường xuyên của UBND"],
    ["XDCB tập trung", "XDCB tập trung"],
    ["NSNN", "NSNN"],
    ["Thu NSNN", "thu NSNN"],
    ["Đầu tư phát triển", "đầu tư phát triển"],
    ["", ""],
  ])("%s → %s", (name, expected) => {
    expect(lowerFirst(name)).toBe(expected);
  });
});
