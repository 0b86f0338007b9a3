import type { SheetListing } from "../../../src/hosts/gateway";
import { guessSheetRoles } from "../../../src/taskpane/consolidate/sheetRoles";

const listed = (...names: string[]): SheetListing[] =>
  names.map((name) => ({ name, visibility: "visible" }));

describe("guessing the sub-units' and the parent's sheets from their names", () => {
  test.each([
    {
      names: ["KH 2023", "KH 2023 - Phường 1", "KH 2023 - Phường 2"],
      units: ["KH 2023 - Phường 1", "KH 2023 - Phường 2"],
      parent: "KH 2023",
    },
    {
      names: ["Quận 7", "P. Tân Phong", "P. Tân Hưng", "Ghi chú", "Tổng hợp Quận 7", "Nguồn"],
      units: ["P. Tân Phong", "P. Tân Hưng"],
      parent: "Quận 7",
    },
    {
      names: ["Thị xã Buôn Hồ", "Xã Ea Drông", "Phường An Lạc"],
      units: ["Xã Ea Drông", "Phường An Lạc"],
      parent: "Thị xã Buôn Hồ",
    },
    {
      names: ["Giao CT 2023 - Quận 7", "KH 2023 - Quận 7", "KH 2023 - Phường 1"],
      units: ["KH 2023 - Phường 1"],
      parent: "KH 2023 - Quận 7",
    },
    { names: ["Sheet1", "Sheet2"], units: [], parent: undefined },
    {
      names: ["Quận 7", "P.Tân Phong", "P. Tân Hưng", "Tổng hợp Quận 7", "Nguồn"],
      units: ["P.Tân Phong", "P. Tân Hưng"],
      parent: "Quận 7",
    },
    {
      names: ["Khối các phường", "Khối doanh nghiệp"],
      units: ["Khối các phường", "Khối doanh nghiệp"],
      parent: undefined,
    },
  ])("$names", ({ names, units, parent }) => {
    const roles = guessSheetRoles(listed(...names));
    expect(roles.units).toEqual(units);
    expect(roles.parent).toEqual(parent);
    expect(roles.choices).toEqual(names);
  });

  test("very hidden sheets are not offered", () => {
    const roles = guessSheetRoles([
      { name: "Phường 1", visibility: "visible" },
      { name: "Phường 2", visibility: "veryHidden" },
    ]);
    expect(roles.choices).toEqual(["Phường 1"]);
  });
});
