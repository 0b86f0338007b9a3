import {
  finding,
  findingMessage,
  findingPlace,
  findingToJson,
} from "../../../src/engine/findings/finding";
import { RULES, RULE_IDS } from "../../../src/engine/findings/rules";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the findings catalogue", () => {
  test.each(RULE_IDS)(
    "%s has a title and a message in both languages with the same placeholders",
    (id) => {
      const spec = RULES[id];
      expect(spec.title.vi).not.toBe("");
      expect(spec.title.en).not.toBe("");
      expect(["error", "warning", "info"]).toContain(spec.severity);
      const vi = placeholders(spec.message.vi).filter((p) => !p.endsWith("En"));
      const en = placeholders(spec.message.en).map((p) => p.replace(/En$/, ""));
      expect(new Set(en)).toEqual(new Set(vi));
    },
  );

  test("ids are stable snake_case", () => {
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe("a finding", () => {
  const slip = finding(
    "implausible_magnitude",
    {
      what: "Số thực hiện",
      whatEn: "The actual",
      value: 8700000,
      relation: "gấp khoảng 1.061 lần",
      relationEn: "about 1,061 times",
      other: "số thực hiện năm trước",
      otherEn: "last year's actual",
      otherValue: 8200.5,
    },
    { sheet: "KH 2023", cell: "K12" },
  );

  test("writes numbers in the language's own style", () => {
    expect(findingMessage(slip, "vi")).toBe(
      "Số thực hiện 8.700.000 gấp khoảng 1.061 lần số thực hiện năm trước 8.200,5; có thể nhầm đơn vị tính (nghìn hay đơn vị, tấn hay kg, triệu hay tỷ đồng?).",
    );
    expect(findingMessage(slip, "en")).toBe(
      "The actual 8,700,000 is about 1,061 times last year's actual 8,200.5; possibly a unit slip (thousands or units, tonnes or kg, millions or billions?).",
    );
  });

  test("knows its place and its JSON shape", () => {
    expect(findingPlace(slip)).toBe("KH 2023!K12");
    expect(findingToJson(slip)).toEqual({
      severity: "warning",
      rule: "implausible_magnitude",
      sheet: "KH 2023",
      cell: "K12",
      message: findingMessage(slip, "vi"),
    });
  });
});
