import { DOMParser } from "@xmldom/xmldom";
import { escapeXml } from "../../../../src/hosts/xlsx/write/xmlEscape";

describe("escapeXml", () => {
  test.each([
    ["Thu & chi <2023>", "Thu &amp; chi &lt;2023&gt;"],
    ['Chi "thường xuyên"', "Chi &quot;thường xuyên&quot;"],
    ["Chi sự nghiệp\u000bgiáo dục", "Chi sự nghiệpgiáo dục"],
    ["Dòng\tcó tab\nvà xuống dòng", "Dòng\tcó tab\nvà xuống dòng"],
  ])("%j", (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level: string, message: string) => errors.push(`${level}: ${message}`),
    }).parseFromString(`<v a="${escapeXml(text)}">${escapeXml(text)}</v>`, "text/xml");
    expect(errors).toEqual([]);
    expect(doc.documentElement?.textContent).toBe(text.split("\u000b").join(""));
  });
});
