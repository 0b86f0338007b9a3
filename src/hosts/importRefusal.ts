/** What Excel on the web refuses in a file inserted with insertWorksheetsFromBase64. */
export type WebRefusedPart = "charts" | "comments" | "pivotTables" | "slicers";

/** Why the host will not insert a file, known before anything is sent. */
export type ImportRefusal =
  /** Excel on the web refuses files holding these (the add-in's own chart sheets included). */
  | { kind: "webParts"; parts: WebRefusedPart[] }
  /** Over what one request may carry (Excel on the web: 5 MB, as base64). */
  | { kind: "tooLarge"; bytes: number; limit: number };

/** A file the host would refuse: nothing was sent for it, nor for the files after it. */
export class ImportRefusedError extends Error {
  constructor(
    /** The file's index in the call. */
    readonly file: number,
    readonly refusal: ImportRefusal,
  ) {
    super(`File ${file + 1} refused: ${JSON.stringify(refusal)}`);
    this.name = "ImportRefusedError";
  }
}
