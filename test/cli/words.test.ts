import { main } from "../../src/cli/main";
import { MemoryIo } from "./memoryIo";
import { messyWorkbook } from "./messyWorkbook";

/** The command line's text output is in the user's language, its severity words included. */
describe("findings are headed by a word, not a tag", () => {
  test.each([
    ["vi", ["Phát hiện (", "  Lỗi: Báo cáo 6 tháng!"]],
    ["en", ["Findings (", "  Error: Báo cáo 6 tháng!"]],
  ])("check in %s", async (lang, heads) => {
    const io = new MemoryIo();
    io.files.set("messy.xlsx", await messyWorkbook());
    expect(await main(["--lang", lang, "check", "messy.xlsx"], io)).toBe(0);
    expect(io.out).not.toMatch(/\[(error|warning|info)\]/);
    for (const head of heads) expect(io.out).toContain(head);
  });
});

describe("a file that is not there is said to be missing", () => {
  test.each([
    ["vi", "check", "Không tìm thấy tệp khong-co.xlsx.\n"],
    ["en", "check", "File not found: khong-co.xlsx.\n"],
    ["vi", "budget", "Không tìm thấy tệp khong-co.xlsx.\n"],
  ])("%s %s", async (lang, command, said) => {
    const io = new MemoryIo();
    expect(await main(["--lang", lang, command, "khong-co.xlsx"], io)).toBe(2);
    expect(io.err).toBe(said);
  });
});
