import { tokenizeTarget, type TargetToken } from "../../../src/engine/targets/tokenizeTarget";

const num = (raw: string): TargetToken => ({ type: "number", raw });
const word = (text: string): TargetToken => ({ type: "word", text });
const sym = (text: string): TargetToken => ({ type: "symbol", text });

describe("tokenizeTarget", () => {
  test.each<[string, TargetToken[]]>([
    ["", []],
    ["Từ 12% trở lên", [word("tu"), num("12%"), word("tro"), word("len")]],
    ["8.664,9 tỷ đồng", [num("8.664,9"), word("ty"), word("dong")]],
    ["12 %", [num("12 %")]],
    ["12\u00a0%", [num("12\u00a0%")]],
    ["4 500 hộ", [num("4 500"), word("ho")]],
    ["12 13", [num("12"), num("13")]],
    ["13-14%", [num("13"), sym("-"), num("14%")]],
    ["13–14%", [num("13"), sym("-"), num("14%")]],
    ["13 -14", [num("13"), sym("-"), num("14")]],
    ["13 ÷ 14", [num("13"), sym("-"), num("14")]],
    ["-5", [num("-5")]],
    ["−5%", [num("-5%")]],
    ["từ -5 đến -3", [word("tu"), num("-5"), word("den"), num("-3")]],
    ["-5 - -3", [num("-5"), sym("-"), num("-3")]],
    [">=12", [sym(">="), num("12")]],
    ["≥ 12", [sym(">="), num("12")]],
    ["=> 12", [sym(">="), num("12")]],
    ["≤3", [sym("<="), num("3")]],
    ["< 3", [sym("<"), num("3")]],
    ["10hẻm", [num("10"), word("hem")]],
    ["Đạt: 95%.", [word("dat"), num("95%")]],
    ["n/a", [word("n"), sym("/"), word("a")]],
    ["???", [sym("?"), sym("?"), sym("?")]],
    ["tối thiểu 10.", [word("toi"), word("thieu"), num("10")]],
  ])("%j", (text, tokens) => {
    expect(tokenizeTarget(text)).toStrictEqual(tokens);
  });

  test("decomposed Vietnamese reads like composed", () => {
    expect(tokenizeTarget("trở lên".normalize("NFD"))).toStrictEqual([word("tro"), word("len")]);
  });
});
