import { PaneError } from "../../../src/taskpane/gateway/paneError";
import { importNote } from "../../../src/taskpane/consolidate/importNote";
import type { ImportOutcome } from "../../../src/taskpane/consolidate/importFiles";
import { messagesFor } from "../../../src/taskpane/i18n/catalogue";

const outcome: ImportOutcome = {
  kind: "files",
  files: [
    { file: "p1.xlsx", kind: "inserted", sheets: ["Phường 1", "Phường 1 (2)"] },
    {
      file: "p2.xlsx",
      kind: "refused",
      refusal: { kind: "webParts", parts: ["charts", "comments"] },
    },
    {
      file: "p3.xlsx",
      kind: "refused",
      refusal: { kind: "tooLarge", bytes: 6 * 1024 * 1024, limit: 4 * 1024 * 1024 },
    },
    { file: "p4.xls", kind: "notXlsx" },
    {
      file: "p5.xlsx",
      kind: "failed",
      error: new PaneError(
        "write",
        "The request payload size has exceeded",
        "RequestPayloadSizeLimitExceeded",
      ),
    },
  ],
};

describe("what the pane says after an import, a line a file", () => {
  test.each([
    [
      "vi",
      [
        "p1.xlsx: đã nhập Phường 1, Phường 1 (2).",
        "p2.xlsx: không nhập được, vì Excel trên web không nhận file có biểu đồ (cả trang biểu đồ), ghi chú hoặc bình luận.",
        "p3.xlsx: không nhập được, file 6 MB lớn hơn mức Excel trên web nhận trong một lần (3 MB).",
        "p4.xls: không nhập được, chỉ nhận file .xlsx.",
        "p5.xlsx: không nhập được. Không ghi được vào sổ tính.",
      ],
    ],
    [
      "en",
      [
        "p1.xlsx: imported Phường 1, Phường 1 (2).",
        "p2.xlsx: not imported, as Excel on the web does not take files holding charts (chart sheets too), notes or comments.",
        "p3.xlsx: not imported, the file (6 MB) is more than Excel on the web takes at once (3 MB).",
        "p4.xls: not imported, only .xlsx files are.",
        "p5.xlsx: not imported. The workbook could not be written.",
      ],
    ],
  ] as const)("%s", (lang, starts) => {
    const note = importNote(outcome, messagesFor(lang));
    expect(note.ok).toBe(false);
    note.lines.forEach((line, i) => expect(line.startsWith(starts[i])).toBe(true));
    // Excel's error in the catalogue's words, never its raw text.
    expect(note.lines[4]).toContain(messagesFor(lang).errors.codes.RequestPayloadSizeLimitExceeded);
    expect(note.lines[4]).not.toContain("payload size has exceeded");
  });

  test("iPad gets the plain 'không hỗ trợ'; all inserted is ok", () => {
    const vi = messagesFor("vi");
    expect(importNote({ kind: "unsupported", platform: "iPad" }, vi).lines[0]).toContain(
      "Excel trên iPad không hỗ trợ",
    );
    expect(
      importNote(
        { kind: "files", files: [{ file: "a.xlsx", kind: "inserted", sheets: ["A"] }] },
        vi,
      ),
    ).toEqual({ ok: true, lines: ["a.xlsx: đã nhập A."] });
  });
});
