import { groupKindOf, groupKinds, type GroupKind } from "../../../src/workbook/read/groupKind";
import { readPlanSheet } from "../../../src/workbook/read/readPlanSheet";
import { sheetFrom } from "./sheetFrom";

describe("a column group's words: a unit or a measure", () => {
  test.each<[string, GroupKind | undefined]>([
    ["Toàn huyện", "unit"],
    ["Toàn tỉnh", "unit"],
    ["Toàn thành phố", "unit"],
    ["Tổng số", "unit"],
    ["Cộng", "unit"],
    ["Tổng", "unit"],
    ["Ủy Ban Nhân Dân Xã Ka Đô", "unit"],
    ["UBND Phường 1", "unit"],
    ["Xã Đạ Ròn", "unit"],
    ["Phường Tân Phong", "unit"],
    ["P.Tân Phong", "unit"],
    ["Thị trấn Thạnh Mỹ", "unit"],
    ["Thôn 3", "unit"],
    ["Khu phố 2", "unit"],
    ["Sản lượng", "measure"],
    ["Giá trị sản xuất", "measure"],
    ["Giá so sánh 2010", "measure"],
    ["Giá hiện hành", "measure"],
    ["Chỉ số phát triển (%)", "measure"],
    ["Diện tích", "measure"],
    ["Năng suất", "measure"],
    ["Tổng hợp", "measure"],
    ["Ka Đô", undefined],
    ["Nhóm A", undefined],
  ])("%j is %s", (text, kind) => {
    expect(groupKindOf(text)).toBe(kind);
  });

  test("a name on the roster is a unit", () => {
    expect(groupKindOf("Ka Đô", ["Xã Ka Đô", "Xã Pró"])).toBe("unit");
    expect(groupKindOf("Lạc Lâm", ["Xã Ka Đô"])).toBeUndefined();
  });

  test.each<[string, string[], GroupKind[], number]>([
    [
      "with a total, unclear names are units",
      ["Toàn huyện", "Ka Đô", "Pró"],
      ["unit", "unit", "unit"],
      2,
    ],
    ["without one, they are measures", ["Nhóm A", "Nhóm B"], ["measure", "measure"], 2],
    ["named measures stay measures", ["Sản lượng", "Giá trị sản xuất"], ["measure", "measure"], 0],
  ])("%s", (_, texts, kinds, unclear) => {
    const read = groupKinds(texts);
    expect(read.kinds).toEqual(kinds);
    expect(read.unclear).toHaveLength(unclear);
  });
});

/** A wide sheet whose group headers are `groups`, each KH 2020 | TH 2020. */
function wide(groups: string[], roster?: string[]) {
  const top: (string | null)[] = ["Chỉ tiêu"];
  const sub: (string | null)[] = [null];
  const row: (string | number)[] = ["Lúa"];
  for (const group of groups) {
    top.push(group, null);
    sub.push("KH 2020", "TH 2020");
    row.push(10, 11);
  }
  const merges = ["A1:A2", ...groups.map((_, i) => `${"BDFHJ"[i]}1:${"CEGIK"[i]}1`)];
  return readPlanSheet(sheetFrom([top, sub, row], { merges }), roster ? { roster } : {});
}

describe("the wide layout's groups on a sheet", () => {
  test("measure groups: no unit from the group, the measure named, never a total", () => {
    const { tables, findings } = wide(["Sản lượng", "Giá trị sản xuất"]);
    expect(findings).toEqual([]);
    expect(tables.map((t) => [t.measure, t.unit, t.group])).toEqual([
      ["Sản lượng", undefined, { index: 0, count: 2, isTotal: false, kind: "measure" }],
      ["Giá trị sản xuất", undefined, { index: 1, count: 2, isTotal: false, kind: "measure" }],
    ]);
  });

  test("unclear groups beside a total are units, said once at the first one's cell", () => {
    const { tables, findings } = wide(["Toàn huyện", "Ka Đô", "Pró"]);
    expect(tables.map((t) => [t.unit, t.measure, t.group?.kind])).toEqual([
      ["Toàn huyện", undefined, "unit"],
      ["Ka Đô", undefined, "unit"],
      ["Pró", undefined, "unit"],
    ]);
    expect(findings).toEqual([
      {
        rule: "groups_read_as_units",
        severity: "info",
        sheet: "KH 2023",
        cell: "D1",
        params: { groups: "“Ka Đô”, “Pró”" },
      },
    ]);
  });

  test("unclear groups without a total are measures, said once", () => {
    const { tables, findings } = wide(["Nhóm A", "Nhóm B"]);
    expect(tables.map((t) => t.group?.kind)).toEqual(["measure", "measure"]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["groups_read_as_measures", "B1"]]);
  });

  test("a roster's names are units, without a finding", () => {
    const { tables, findings } = wide(["Ka Đô", "Pró"], ["Xã Ka Đô", "Xã Pró"]);
    expect(tables.map((t) => [t.unit, t.group?.kind])).toEqual([
      ["Ka Đô", "unit"],
      ["Pró", "unit"],
    ]);
    expect(findings).toEqual([]);
  });
});
