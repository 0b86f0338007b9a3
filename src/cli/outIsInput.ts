import * as path from "path";
import type { Language } from "../engine/model/status";
import type { CliIo } from "./io";

/** The same file by its path, or on disk (a symbolic or hard link to it). */
function sameFile(io: CliIo, a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const identity = io.fileIdentity?.(a);
  return identity !== undefined && identity === io.fileIdentity?.(b);
}

/**
 * True (and says so on stderr) when `--out` names one of the inputs, by its path or through a
 * link: the command line never writes over a file the user gave it to read.
 */
export function outIsInput(
  io: CliIo,
  out: string | undefined,
  inputs: readonly (string | undefined)[],
  lang: Language,
): boolean {
  if (out === undefined) return false;
  const clash = inputs.find((input) => input !== undefined && sameFile(io, input, out));
  if (clash === undefined) return false;
  io.stderr(
    lang === "vi"
      ? `--out ${out} là tệp đầu vào; hãy ghi ra một tệp khác để giữ nguyên tệp gốc.\n`
      : `--out ${out} is an input file; write to another file so the original stays as it is.\n`,
  );
  return true;
}
