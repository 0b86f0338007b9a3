import { readFile } from "node:fs/promises";
import type { CliIo } from "../../src/cli/io";

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
