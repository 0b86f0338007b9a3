import { escapeXml, unescapeXml } from "./xmlText";

/**
 * docProps/app.xml lists the worksheet names (TitlesOfParts) and how many there are
 * (HeadingPairs). After sheets are added or deleted, the group that lists exactly the old
 * worksheets lists the new ones; when no group matches (a generator wrote something else), the
 * part is left as it is: Excel does not rely on it.
 */
export function withWorksheetNames(xml: string, before: string[], after: string[]): string {
  const heading = /(<vt:vector\b[^>]*\bsize=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>)/.exec(
    /<HeadingPairs>[\s\S]*?<\/HeadingPairs>/.exec(xml)?.[0] ?? "",
  );
  const titlesBlock = /<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/.exec(xml);
  if (!heading || !titlesBlock) return xml;
  const pairs = [
    ...heading[4].matchAll(
      /<vt:variant>\s*<vt:lpstr>([\s\S]*?)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/g,
    ),
  ];
  const titles = [...titlesBlock[0].matchAll(/<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/g)].map((m) =>
    unescapeXml(m[1]),
  );
  const wanted = [...before].sort().join("\u0000");
  let offset = 0;
  for (const pair of pairs) {
    const count = Number(pair[2]);
    const slice = titles.slice(offset, offset + count);
    if ([...slice].sort().join("\u0000") === wanted) {
      const nextTitles = [...titles.slice(0, offset), ...after, ...titles.slice(offset + count)];
      const pairText = pair[0].replace(/<vt:i4>\d+<\/vt:i4>/, `<vt:i4>${after.length}</vt:i4>`);
      const headingText = heading[0].replace(pair[0], pairText);
      const titlesText = titlesBlock[0].replace(
        /(<vt:vector\b[^>]*\bsize=")(\d+)("[^>]*>)[\s\S]*?(<\/vt:vector>)/,
        (_m, a: string, _n: string, b: string, c: string) =>
          `${a}${nextTitles.length}${b}${nextTitles.map((t) => `<vt:lpstr>${escapeXml(t)}</vt:lpstr>`).join("")}${c}`,
      );
      return xml.replace(heading[0], headingText).replace(titlesBlock[0], titlesText);
    }
    offset += count;
  }
  return xml;
}
