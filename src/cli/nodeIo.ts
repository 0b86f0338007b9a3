import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { CliIo } from "./io";
import { pipeWriter } from "./pipeWriter";
import { WriteFailure } from "./writeFailure";

// Files are read and written synchronously: a command does one thing at a time, and each
// asynchronous read left the process idle between its steps (some 50 ms over 50 wards).
export const nodeIo: CliIo = {
  stdout: pipeWriter(process.stdout),
  stderr: pipeWriter(process.stderr),
  readFile: async (path) => new Uint8Array(readFileSync(path)),
  writeFile: async (path, data) => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    } catch (error) {
      throw new WriteFailure(path, error);
    }
  },
  fileIdentity: (path) => {
    try {
      const stat = statSync(path, { throwIfNoEntry: false });
      return stat ? `${stat.dev}:${stat.ino}` : undefined;
    } catch {
      // A path through a file ("report.xlsx/out.xlsx") names no file; writing it says why.
      return undefined;
    }
  },
};
