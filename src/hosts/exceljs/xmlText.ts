/** Text of a zip entry as ExcelJS streams it to its parsers, and back again. */

/** Collects an entry's chunks (strings, or bytes in some builds) into one string. */
export async function collectText(stream: AsyncIterable<unknown>): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  for await (const chunk of stream) {
    if (typeof chunk === "string") parts.push(chunk);
    else if (chunk instanceof Uint8Array) parts.push(decoder.decode(chunk, { stream: true }));
    else parts.push(String(chunk));
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/** The text again as an async iterable of chunks, the shape ExcelJS's SAX parser reads. */
export async function* textChunks(text: string, size = 16 * 1024): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
