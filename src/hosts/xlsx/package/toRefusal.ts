import { WorkbookOpenError } from "./workbookOpenError";
import { InflateLimitError } from "./inflateEntry";
import { packageRefusal } from "./packageRefusal";
import { XmlFormatError } from "./xmlEvents";
import { ZipFormatError } from "./zipDirectory";

/**
 * Whatever reading a package threw, as one WorkbookOpenError: a damaged archive, malformed XML
 * (or a DTD), a package past the size limits; anything else is a limit of the reader, with
 * what went wrong kept in `detail` for logs, never shown as a stack trace.
 */
export function toRefusal(error: unknown, fileName: string | undefined): WorkbookOpenError {
  if (error instanceof WorkbookOpenError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof ZipFormatError) return packageRefusal("damaged_zip", fileName, detail);
  if (error instanceof XmlFormatError) return packageRefusal("malformed_xml", fileName, detail);
  if (error instanceof InflateLimitError) return packageRefusal("too_large", fileName, detail);
  if (error instanceof RangeError) return packageRefusal("too_large", fileName, detail);
  return packageRefusal("reader_limit", fileName, detail);
}
