import { hasOwnText, mergedNote, userPartOfNote } from "../../../src/workbook/write/notes";

const USER = "Số liệu Chi cục Thống kê gửi ngày 5/10";

describe("a note shared by the user, the plan check and the budget check", () => {
  test.each<[string, string | undefined, string[], "plan" | "budget", string | null]>([
    ["a new note", undefined, ["Thiếu số thực hiện."], "plan", "Chỉ tiêu: Thiếu số thực hiện."],
    [
      "the user's note kept word for word",
      USER,
      ["Thiếu số thực hiện."],
      "plan",
      `${USER}\n— Chỉ tiêu: Thiếu số thực hiện.`,
    ],
    [
      "a re-run replaces its own lines only",
      `${USER}\n— Chỉ tiêu: cũ`,
      ["mới"],
      "plan",
      `${USER}\n— Chỉ tiêu: mới`,
    ],
    ["nothing left: removed", "Chỉ tiêu: cũ", [], "plan", null],
    ["only the user's part left", `${USER}\n— Chỉ tiêu: cũ`, [], "plan", USER],
    [
      "the budget check keeps the plan check's lines",
      `${USER}\n— Chỉ tiêu: Kế hoạch chưa có.`,
      ["Chi vượt dự toán."],
      "budget",
      `${USER}\n— Chỉ tiêu: Kế hoạch chưa có.\nChỉ tiêu – ngân sách: Chi vượt dự toán.`,
    ],
    [
      "the plan check keeps the budget check's lines, and drops only its own",
      "Chỉ tiêu: cũ\nChỉ tiêu – ngân sách: Chi vượt dự toán.",
      [],
      "plan",
      "Chỉ tiêu – ngân sách: Chi vượt dự toán.",
    ],
    [
      "a message over two lines is one message",
      "Chỉ tiêu – ngân sách: dòng một\ndòng hai\nChỉ tiêu: cũ",
      ["mới"],
      "plan",
      "Chỉ tiêu – ngân sách: dòng một\ndòng hai\nChỉ tiêu: mới",
    ],
  ])("%s", (_label, existing, messages, owner, expected) => {
    expect(mergedNote(existing, messages, owner)).toBe(expected);
  });

  test("the user's part and whether the add-in wrote anything", () => {
    expect(userPartOfNote(`${USER}\n— Chỉ tiêu – ngân sách: x`)).toBe(USER);
    expect(userPartOfNote("Chỉ tiêu: x")).toBeUndefined();
    expect(hasOwnText("Chỉ tiêu – ngân sách: x")).toBe(true);
    expect(hasOwnText(USER)).toBe(false);
  });
});
