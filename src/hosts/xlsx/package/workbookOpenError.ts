/**
 * Why a file could not be opened as a workbook. Each refusal has one code and a message in
 * Vietnamese (for the people who use the add-in) and in English; `message` is the English one.
 *
 * - not_xlsx: the old binary .xls format, or a web page / XML file saved with an Excel name;
 * - encrypted: a password-protected workbook (an OLE container holding "EncryptionInfo");
 * - strict_ooxml: a "Strict Open XML" workbook that could not be read;
 * - corrupt: not a zip archive, a damaged archive, a missing part, or malformed XML inside it;
 * - unsupported: a well-formed file too large to read safely (an inflate bomb, a used range of
 *   tens of millions of cells); Excel itself can usually open and re-save it smaller;
 * - unreadable: the file itself could not be read from disk (missing, a folder, no permission).
 */
export type WorkbookOpenErrorCode =
  "not_xlsx" | "encrypted" | "strict_ooxml" | "corrupt" | "unsupported" | "unreadable";

export class WorkbookOpenError extends Error {
  override readonly name = "WorkbookOpenError";

  constructor(
    readonly code: WorkbookOpenErrorCode,
    readonly messageVi: string,
    readonly messageEn: string,
    /** What the underlying reader said, for logs; never shown alone to a user. */
    readonly detail?: string,
  ) {
    super(messageEn);
  }
}

export function isWorkbookOpenError(error: unknown): error is WorkbookOpenError {
  return error instanceof WorkbookOpenError;
}
