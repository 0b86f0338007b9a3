import { readFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { planYear } from "../../src/engine/templates/planYear";
import { VERSION } from "../../src/cli/version";
import { MemoryIo } from "./memoryIo";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = new MemoryIo();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe("chitieu --version", () => {
  test.each([["--version"], ["-V"]])("%s prints the package's version", async (flag) => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect(await run(flag)).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
  });
});

describe("help is in the user's language", () => {
  test.each([
    [["--help"], ["Cách dùng: chitieu [tùy chọn] [lệnh]", "Tùy chọn:", "Lệnh:", "in trợ giúp"]],
    [
      ["template", "--help"],
      ["Cách dùng: chitieu template", "--into", `mặc định: ${planYear(new Date())}`],
    ],
    [
      ["--lang", "en", "--help"],
      ["Usage: chitieu [options] [command]", "display help"],
    ],
    [
      ["template", "--help", "--lang", "en"],
      ["Usage: chitieu template", "plan year"],
    ],
  ])("%j", async (args, shown) => {
    const { code, out } = await run(...args);
    expect(code).toBe(0);
    for (const text of shown) expect(out).toContain(text);
    if (!args.includes("en")) expect(out).not.toMatch(/Usage|Options|Commands|display help/);
  });
});

describe("command line mistakes are said in one sentence, then where to look", () => {
  test.each([
    [["check"], "Lỗi: thiếu tham số bắt buộc <file>."],
    [["template", "ward-plan", "--out", "x.xlsx"], "Lỗi: thiếu tùy chọn bắt buộc --unit <name>."],
    [
      ["check", "a.xlsx", "--period", "q5"],
      "Lỗi: giá trị “q5” của --period <period> không hợp lệ; cần: q1, 6m, 9m, year.",
    ],
    [["check", "a.xlsx", "--jsn"], "Lỗi: không có tùy chọn --jsn. Có phải là --json?"],
    [["kiemtra"], "Lỗi: không có lệnh “kiemtra”."],
    [["check", "a.xlsx", "b.xlsx"], "Lỗi: thừa tham số."],
    [["--lang", "en", "check"], "Error: missing required argument 'file'"],
  ])("%j", async (args, said) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    const [first, hint] = err.trim().split("\n");
    expect(first).toBe(said);
    expect(hint).toBe(args.includes("en") ? "(see chitieu --help)" : "(xem chitieu --help)");
  });
});
