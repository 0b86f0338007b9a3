import { readFile } from "node:fs/promises";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/nodeIo";

/** A CliIo over memory: files written stay in `files`; others are read from disk. */
export class MemoryIo implements CliIo {
  out = "";
  err = "";
  readonly files = new Map<string, Uint8Array>();

  stdout(text: string): void {
    this.out += text;
  }

  stderr(text: string): void {
    this.err += text;
  }

  async readFile(path: string): Promise<Uint8Array> {
    const mem = this.files.get(path);
    if (mem) return mem;
    return new Uint8Array(await readFile(path));
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.files.set(path, data);
  }
}

/** Reads inputs from disk and writes outputs there too; keeps what is printed. */
export class DiskIo extends MemoryIo {
  fileIdentity = nodeIo.fileIdentity;
  override writeFile = nodeIo.writeFile;

  /** Runs the command line afresh: what it printed, and its exit code. */
  async run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    this.out = "";
    this.err = "";
    const code = await main(args, this);
    return { code, out: this.out, err: this.err };
  }
}
