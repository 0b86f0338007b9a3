import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openWorkbook } from "../../src/hosts/xlsx";
import { vi } from "../../src/taskpane/i18n/vi";
import { insertChartTable } from "../../src/taskpane/report/insertChartTable";
import { checkWorkbook } from "../../src/workbook/check/checkWorkbook";
import { openpyxlPages, type SheetPage } from "../print/openpyxlPages";
import { DiskIo } from "./memoryIo";

/**
 * Issue 13, printing: every sheet the add-in writes or templates prints on A4, fitted to the
 * page width with fitting turned on, its header repeated, a print area that ends at the table,
 * and heads with the office's form: the committee top left, the title centred. The files are
 * the demo's, the consolidation of its wards, the templates and the report's chart sheet, read
 * back by openpyxl.
 */
let folder: string;
const io = new DiskIo();
const file = (name: string) => path.join(folder, name);
const pages = new Map<string, SheetPage[]>();

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "chitieu-print-"));
  expect((await io.run("demo", "--out", folder)).code).toBe(0);
  const wards = (await readdir(folder)).filter((f) => /^phuong-.*-2023\.xlsx$/.test(f));
  const plan = file("quan-7-ke-hoach-2023.xlsx");
  const args = [...wards.map(file), "--plan", plan, "--out", file("th.xlsx")];
  expect((await io.run("consolidate", ...args)).code).toBe(0);
  const unit = ["--unit", "Quận 7", "--year", "2023"];
  expect((await io.run("template", "budget", ...unit, "--out", file("ns.xlsx"))).code).toBe(0);
  const wardList = ["--wards", "Phường Tân Phong,Phường Tân Hưng"];
  const allocation = ["template", "target-allocation", ...unit, ...wardList];
  expect((await io.run(...allocation, "--out", file("giao.xlsx"))).code).toBe(0);
  // The report tab's chart sheet, written on the checked plan as the pane writes it.
  const checked = await openWorkbook(
    new Uint8Array(await readFile(file("quan-7-ke-hoach-2023-checked.xlsx"))),
  );
  await insertChartTable(checked, checkWorkbook(await checked.read()), vi);
  await writeFile(file("bieu-do.xlsx"), await checked.toBuffer());
}, 240_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

function page(name: string, sheet: string): SheetPage {
  if (!pages.has(name)) pages.set(name, openpyxlPages(file(name)));
  const found = pages.get(name)?.find((p) => p.name === sheet);
  if (!found) throw new Error(`no sheet “${sheet}” in ${name}`);
  return found;
}

interface Expected {
  orientation: "landscape" | "portrait";
  /** Rows repeated on each page, null for none. */
  titles: string | null;
  /** The print area, as openpyxl gives it without the sheet's name. */
  area: RegExp;
  /** 1: the whole sheet on one page tall (a chart kept whole); 0: as many pages as it takes. */
  fitToHeight: 0 | 1;
  /** The area's first range ends at the sheet's last filled row (no empty bordered rows). */
  endsAtTable: boolean;
  /** The committee's two lines, top left. */
  authority?: string;
  /** The title's first words. */
  title: RegExp;
  /** The "Đơn vị tính" line, right-aligned above the table. */
  measure?: string;
  /** The sheet is the add-in's own: its notice in A1, off the paper. */
  owned: boolean;
}

const Q7 = "ỦY BAN NHÂN DÂN\nQUẬN 7";

const KINDS: Array<[string, string, string, Expected]> = [
  [
    "the plan template",
    "quan-7-ke-hoach-2023.xlsx",
    "KH 2023 - Quận 7",
    {
      ...{ orientation: "landscape", titles: "$6:$6", fitToHeight: 0, endsAtTable: true },
      ...{ area: /^\$A\$1:\$O\$\d+$/, authority: Q7, title: /^KẾ HOẠCH PHÁT TRIỂN/ },
      owned: false,
    },
  ],
  [
    "a ward's plan",
    "phuong-tan-phong-2023.xlsx",
    "KH 2023 - Phường Tân Phong",
    {
      ...{ orientation: "landscape", titles: "$6:$6", fitToHeight: 0, endsAtTable: true },
      ...{ area: /^\$A\$1:\$O\$\d+$/, title: /^KẾ HOẠCH PHÁT TRIỂN/, owned: false },
      authority: "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHONG",
    },
  ],
  [
    "the checked plan (table, then the summary block on a page of its own)",
    "quan-7-ke-hoach-2023-checked.xlsx",
    "KH 2023 - Quận 7",
    {
      ...{ orientation: "landscape", titles: "$6:$6", fitToHeight: 0, endsAtTable: true },
      ...{ area: /^\$A\$1:\$O\$\d+,\$Q\$6:\$R\$23$/, authority: Q7, owned: false },
      title: /^KẾ HOẠCH PHÁT TRIỂN/,
    },
  ],
  [
    "the allocation template",
    "giao.xlsx",
    "Giao CT 2023 - Quận 7",
    {
      ...{ orientation: "landscape", titles: "$4:$4", fitToHeight: 0, endsAtTable: true },
      ...{ area: /^\$A\$1:\$G\$\d+$/, authority: Q7, title: /^GIAO CHỈ TIÊU/, owned: false },
    },
  ],
  [
    "the budget template",
    "ns.xlsx",
    "Ngân sách 2023 - Quận 7",
    {
      ...{ orientation: "landscape", titles: "$5:$6", fitToHeight: 0, endsAtTable: true },
      ...{ area: /^\$A\$1:\$E\$\d+$/, authority: Q7, title: /^DỰ TOÁN VÀ THỰC HIỆN/ },
      ...{ measure: "Đơn vị tính: tỷ đồng", owned: false },
    },
  ],
  [
    "the budget after `budget --out` (its two columns in)",
    "quan-7-ngan-sach-2023-checked.xlsx",
    "Ngân sách 2023 - Quận 7",
    {
      ...{ orientation: "landscape", titles: "$5:$6", fitToHeight: 0, endsAtTable: true },
      ...{ area: /^\$A\$1:\$G\$\d+$/, authority: Q7, title: /^DỰ TOÁN VÀ THỰC HIỆN/ },
      ...{ measure: "Đơn vị tính: tỷ đồng", owned: false },
    },
  ],
  [
    "the budget's chart sheet (the chart whole on one page)",
    "quan-7-ngan-sach-2023-checked.xlsx",
    "Biểu đồ ngân sách",
    {
      ...{ orientation: "landscape", titles: null, fitToHeight: 1, endsAtTable: false },
      ...{ area: /^\$A\$2:\$N\$\d+$/, authority: Q7, title: /^BIỂU ĐỒ THỰC HIỆN/ },
      ...{ measure: "Đơn vị tính: tỷ đồng", owned: true },
    },
  ],
  [
    "the report's chart sheet (the chart whole on one page)",
    "bieu-do.xlsx",
    "Biểu đồ % KH",
    {
      ...{ orientation: "landscape", titles: null, fitToHeight: 1, endsAtTable: false },
      ...{ area: /^\$A\$2:\$O\$\d+$/, authority: Q7, title: /^BIỂU ĐỒ % KẾ HOẠCH/, owned: true },
    },
  ],
  ...(
    [
      // The header under the title block: the period line, then the report sentence or the
      // sources' subtitle, or neither, and an empty row.
      ["Tổng hợp Quận 7", "$I", /^BÁO CÁO TỔNG HỢP KẾT QUẢ/, "$8:$8"],
      ["Nguồn", "$H", /^NGUỒN SỐ LIỆU TỔNG HỢP/, "$8:$8"],
      ["Ma trận đánh giá", "$M", /^ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU/, "$7:$7"],
    ] as const
  ).map(([sheet, right, title, titles]): [string, string, string, Expected] => [
    `the consolidation's “${sheet}”`,
    "th.xlsx",
    sheet,
    {
      ...{ orientation: "landscape", titles, fitToHeight: 0, endsAtTable: true },
      ...{ area: new RegExp(`^\\$A\\$2:\\${right}\\$\\d+$`), authority: Q7, title, owned: true },
    },
  ]),
];

/** The cell's column letters and row. */
function split(cell: string): [string, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(cell);
  if (!m) throw new Error(`not a cell: ${cell}`);
  return [m[1], Number(m[2])];
}

describe.each(KINDS)("%s", (_label, name, sheet, expected) => {
  test("prints on A4, fitted to the page width with fitting on, from the title to the table", () => {
    const p = page(name, sheet);
    expect({
      paper: p.paperSize,
      orientation: p.orientation,
      fitToPage: p.fitToPage,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      titles: p.printTitleRows,
      margins: p.margins,
    }).toEqual({
      paper: 9,
      orientation: expected.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: expected.fitToHeight,
      titles: expected.titles,
      margins: { left: 0.25, right: 0.25 },
    });
    expect(p.printArea).toMatch(expected.area);
    if (expected.endsAtTable) {
      const [, end] = (p.printArea ?? "").split(",")[0].split(":");
      expect(split(end)[1]).toBe(p.lastFilledRow);
    }
  });

  test("heads with the committee top left and the title centred across the page", () => {
    const p = page(name, sheet);
    const cells = Object.entries(p.top);
    if (expected.owned) {
      // The notice that makes the sheet the add-in's own is on screen, not on paper.
      expect(String(p.top.A1?.value)).toMatch(/^Trang (này )?do Chỉ tiêu tạo/);
      expect(p.printArea).toMatch(/^\$A\$2:/);
    }
    const [authorityCell, authority] =
      cells.find(([, c]) => typeof c.value === "string" && c.value.startsWith("ỦY BAN")) ?? [];
    expect(authority).toMatchObject({
      value: expected.authority,
      bold: true,
      horizontal: "center",
    });
    const [column] = split(authorityCell ?? "");
    expect(column).toBe("A");
    // Merged over the first columns when the first is narrow, never across the page: it sits
    // top left.
    const block = p.merges.find((m) => m.startsWith(`${authorityCell}:`));
    if (block !== undefined) expect(block).toMatch(/^A\d+:[B-F]\d+$/);

    const [titleCell, title] =
      cells.find(([, c]) => typeof c.value === "string" && expected.title.test(c.value)) ?? [];
    expect(title).toMatchObject({ bold: true, size: 14, horizontal: "center" });
    const [, titleRow] = split(titleCell ?? "");
    expect(titleRow).toBeGreaterThan(split(authorityCell ?? "")[1]);
    // Centred across the printed width: merged to the area's last column.
    const right = split((p.printArea ?? "").split(",")[0].split(":")[1])[0];
    const merged = p.merges.find((m) => m.startsWith(`${titleCell}:`));
    // (The checked budget prints its two owned columns beside the template's width.)
    const ownedBeside = sheet.startsWith("Ngân sách") && name.endsWith("-checked.xlsx");
    if (!ownedBeside) expect(merged).toBe(`${titleCell}:${right}${titleRow}`);

    if (expected.measure) {
      expect(cells.map(([, c]) => c)).toContainEqual(
        expect.objectContaining({ value: expected.measure, horizontal: "right" }),
      );
    }
  });
});

describe.each([
  ["th.xlsx", "Tổng hợp Quận 7"],
  ["th.xlsx", "Nguồn"],
  ["quan-7-ngan-sach-2023-checked.xlsx", "Biểu đồ ngân sách"],
  ["bieu-do.xlsx", "Biểu đồ % KH"],
])("%s “%s”: numbers as numbers, shown with the decimals they have", (name, sheet) => {
  /** The most decimals a format shows: "#,##0.0##" shows up to three. */
  const decimalsOf = (format: string) => /\.([0#]+)/.exec(format)?.[1].length ?? 0;
  test("no number typed as text, no float longer than its format shows", () => {
    const p = page(name, sheet);
    expect(p.numericTexts).toEqual([]);
    expect(p.numbers.length).toBeGreaterThan(0);
    for (const n of p.numbers) {
      const decimals = (String(n.value).split(".")[1] ?? "").length;
      expect([n.cell, n.value, decimals <= decimalsOf(n.numberFormat)]).toEqual([
        n.cell,
        n.value,
        true,
      ]);
    }
  });
});

test("Tổng hợp writes the target 8.664,9 as the number 8664.9, formatted, never as text", () => {
  const p = page("th.xlsx", "Tổng hợp Quận 7");
  expect(p.numbers).toContainEqual(
    expect.objectContaining({ value: 8664.9, numberFormat: "#,##0.0" }),
  );
});
