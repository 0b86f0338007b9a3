import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CORPUS } from "../support/corpus";
import { DiskIo } from "./memoryIo";

/** `--out` that cannot be written: one line that says why, exit 2, never "unexpected error". */
describe("--out a folder, or under a file", () => {
  let dir: string;
  const input = path.join(CORPUS, "vn03_ktxh_bieumau_nhaplieu_excel2016.xlsx");
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "chitieu-out-"));
    mkdirSync(path.join(dir, "thu-muc"));
    writeFileSync(path.join(dir, "tep.xlsx"), "x");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["vi", "thu-muc", "là thư mục; hãy ghi tên tệp sau --out"],
    ["en", "thu-muc", "it is a folder; give a file name after --out"],
    ["vi", "tep.xlsx/ket-qua.xlsx", "một phần của đường dẫn là tệp, không phải thư mục"],
    ["en", "tep.xlsx/con/ket-qua.xlsx", "part of the path is a file, not a folder"],
  ])("check --lang %s --out %s: %s", async (lang, out, reason) => {
    const target = path.join(dir, out);
    const run = await new DiskIo().run("--lang", lang, "check", input, "--out", target);
    expect(run.code).toBe(2);
    expect(run.err.trim().split("\n")).toEqual([expect.stringContaining(reason)]);
    expect(run.err).toContain(target);
  });

  test("consolidate --out a folder: the same line", async () => {
    const target = path.join(dir, "thu-muc");
    const run = await new DiskIo().run("consolidate", input, "--out", target);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Không ghi được ${target}: đó là thư mục`);
  });
});
