import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CORPUS } from "../support/corpus";
import { DiskIo } from "./memoryIo";

/** `--out` naming the input through a link: refused like the input's own name, the input kept. */
describe("--out through a symbolic or hard link to the input", () => {
  let dir: string;
  let input: string;
  let original: Buffer;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "chitieu-link-"));
    input = path.join(dir, "bao-cao.xlsx");
    original = readFileSync(path.join(CORPUS, "vn03_ktxh_bieumau_nhaplieu_excel2016.xlsx"));
    writeFileSync(input, original);
    symlinkSync(input, path.join(dir, "symlink.xlsx"));
    linkSync(input, path.join(dir, "hardlink.xlsx"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(["symlink.xlsx", "hardlink.xlsx"])("check --out %s: exit 2, one line", async (link) => {
    const io = new DiskIo();
    const run = await io.run("check", input, "--out", path.join(dir, link));
    expect(run.code).toBe(2);
    expect(run.err.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  test("a new file beside it is written", async () => {
    const io = new DiskIo();
    const run = await io.run("check", input, "--out", path.join(dir, "moi.xlsx"));
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, "moi.xlsx")).length).toBeGreaterThan(0);
  });
});
