import type { Language } from "../engine/model/status";
import { errorCode } from "./errorCode";

/** A file a command could not write (--out a folder, under a file, not allowed, disk full). */
export class WriteFailure extends Error {
  override readonly name = "WriteFailure";

  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`cannot write ${path}`);
  }
}

export function isWriteFailure(error: unknown): error is WriteFailure {
  return error instanceof WriteFailure;
}

/** Why the file could not be written, in one sentence the user can act on. */
export function writeFailureMessage(failure: WriteFailure, lang: Language): string {
  const vi = lang === "vi";
  const { path } = failure;
  switch (errorCode(failure.reason)) {
    case "EISDIR":
      return vi
        ? `Không ghi được ${path}: đó là thư mục; hãy ghi tên tệp sau --out.`
        : `Cannot write ${path}: it is a folder; give a file name after --out.`;
    case "ENOTDIR":
    case "EEXIST":
      return vi
        ? `Không ghi được ${path}: một phần của đường dẫn là tệp, không phải thư mục.`
        : `Cannot write ${path}: part of the path is a file, not a folder.`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return vi ? `Không có quyền ghi ${path}.` : `No permission to write ${path}.`;
    case "ENOSPC":
      return vi
        ? `Không đủ chỗ trên đĩa để ghi ${path}.`
        : `Not enough disk space to write ${path}.`;
    default: {
      const detail = failure.reason instanceof Error ? ` (${failure.reason.message})` : "";
      return vi ? `Không ghi được ${path}${detail}.` : `Cannot write ${path}${detail}.`;
    }
  }
}
