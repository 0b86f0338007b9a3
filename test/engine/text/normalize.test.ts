import { foldText } from "../../../src/engine/text/normalize";

/** Folding as its definition says: NFD, marks U+0300–U+036F dropped, đ → d, lower case, spaces. */
function byDefinition(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, " ")
    .trim();
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("foldText", () => {
  test.each([
    ["Tỷ đồng", "ty dong"],
    ["  KẾT QUẢ\u00a0 KIỂM TRA  ", "ket qua kiem tra"],
    ["Đơn vị tính", "don vi tinh"],
    ["Chỉ tiêu\u2003số 1", "chi tieu so 1"],
    ["Nhà ở xã hội (m²)", "nha o xa hoi (m²)"],
    ["ĐVT – Người", "dvt – nguoi"],
    ["e\u0301 decomposed", "e decomposed"],
    ["Ελληνικά", "ελληνικα"],
    ["Straße", "straße"],
  ])("%j folds to %j", (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });

  test("every character of the basic plane folds as the definition says, alone and twice", () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [c, `A${c}ế${c}\u0323b`]) {
        if (foldText(text) !== byDefinition(text)) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  test("random mixes of Vietnamese, marks, spaces, Greek and Cyrillic fold as the definition says", () => {
    const alphabet = [
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 ,.-–()%",
      ..."àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
      ..."ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ",
      "\u0300",
      "\u0301",
      "\u0303",
      "\u0309",
      "\u0323",
      "\u0483",
      "\u0591",
      "\u05c4",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\t",
      "\n",
      "ά",
      "й",
      "ǖ",
      "ǣ",
      "ﬁ",
      "²",
      "Å",
      "Ω",
    ];
    const next = random(11);
    const wrong: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      if (foldText(text) !== byDefinition(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});
