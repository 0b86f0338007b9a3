import { statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { CliIo } from "./io";
import { pipeWriter } from "./pipeWriter";

export const nodeIo: CliIo = {
  stdout: pipeWriter(process.stdout),
  stderr: pipeWriter(process.stderr),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  },
  fileIdentity: (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat ? `${stat.dev}:${stat.ino}` : undefined;
  },
};
