/**
 * A copy of text cut out of a parsed chunk. The XML parser hands out slices of the text it was
 * given, and a slice keeps its whole chunk alive: a cell's "Chỉ tiêu số 12" would hold a
 * megabyte of sheet XML. Short slices are copies already; longer ones are copied once here.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}
