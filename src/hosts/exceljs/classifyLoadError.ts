import { refusal, type RefusalReason } from "./openErrorMessages";
import { WorkbookOpenError } from "./workbookOpenError";

/**
 * The refusal for whatever ExcelJS (and JSZip and saxes inside it) threw while loading:
 * archive errors and XML syntax errors mean a damaged file; anything else is a limit of the
 * reader (an element its parser rejects, a bug on input it did not expect). A Strict Open XML
 * file that fails is refused as Strict, whose remedy (save as .xlsx) is the one that works.
 */
export function classifyLoadError(
  error: unknown,
  context: { strict: boolean; fileName?: string },
): WorkbookOpenError {
  if (error instanceof WorkbookOpenError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return refusal(reasonOf(detail, context.strict), context.fileName, detail);
}

const ZIP_ERRORS =
  /central directory|zip|signature|compression|end of data|corrupted|uncompressed data size|crc32|is this a zip/i;
/** saxes reports "line:column: message"; a few of its messages without position too. */
const XML_ERRORS =
  /^\d+:\d+: |unclosed tag|unexpected close tag|text data outside of root node|disallowed character|invalid character entity|unterminated/i;

function reasonOf(detail: string, strict: boolean): RefusalReason {
  if (ZIP_ERRORS.test(detail)) return "damaged_zip";
  if (XML_ERRORS.test(detail)) return "malformed_xml";
  return strict ? "strict_ooxml" : "reader_limit";
}
