import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeWriter } from "../../src/cli/pipeWriter";

const BIN = path.resolve(__dirname, "../../bin/chitieu.js");
const VN01 = path.resolve(
  __dirname,
  "../../../shared/corpus/vn01_ktxh_bieu07_chitieu_TH_KH_UTH_2020.xlsx",
);

/** Runs `chitieu <args> | head -1` in bash; the CLI's own exit status and stderr. */
function intoHead(args: string): { status: number; stderr: string; first: string } {
  const script = `node "${BIN}" ${args} 2>"$ERR_FILE" | head -1; echo "status=\${PIPESTATUS[0]}"`;
  const errFile = path.join(tmpdir(), `chitieu-epipe-${process.pid}.txt`);
  const run = spawnSync("bash", ["-c", script], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ERR_FILE: errFile },
  });
  const lines = run.stdout.split("\n");
  const status = Number(/status=(\d+)/.exec(run.stdout)?.[1] ?? "-1");
  const stderr = readFileSync(errFile, "utf8");
  rmSync(errFile, { force: true });
  return { status, stderr, first: lines[0] ?? "" };
}

describe("chitieu … | head", () => {
  test("check --json into head -1 exits 0 with nothing on stderr", () => {
    const run = intoHead(`check "${VN01}" --json`);
    expect(run.first).toBe("{");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  test("check's text into head -1 exits 0 with no stack trace", () => {
    const run = intoHead(`check "${VN01}"`);
    expect(run.first).toMatch(/Toàn huyện/);
    expect(run.stderr).not.toMatch(/EPIPE|\bat \w/);
    expect(run.status).toBe(0);
  });
});

describe("pipeWriter", () => {
  class FakeStream extends EventEmitter {
    written: string[] = [];
    failWith: Error | undefined;
    write(text: string): boolean {
      if (this.failWith) throw this.failWith;
      this.written.push(text);
      return true;
    }
  }
  const epipe = () => Object.assign(new Error("write EPIPE"), { code: "EPIPE" });

  test("falls silent after an EPIPE error event", () => {
    const stream = new FakeStream();
    const write = pipeWriter(stream);
    write("a");
    stream.emit("error", epipe());
    write("b");
    expect(stream.written).toEqual(["a"]);
  });

  test("falls silent after a write throws EPIPE", () => {
    const stream = new FakeStream();
    const write = pipeWriter(stream);
    stream.failWith = epipe();
    expect(() => write("a")).not.toThrow();
    stream.failWith = undefined;
    write("b");
    expect(stream.written).toEqual([]);
  });

  test("any other stream error is raised", () => {
    const stream = new FakeStream();
    pipeWriter(stream);
    expect(() => stream.emit("error", new Error("disk full"))).toThrow("disk full");
  });
});
