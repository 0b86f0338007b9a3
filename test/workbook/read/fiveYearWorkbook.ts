import { Workbook, type Worksheet } from "exceljs";

/** The base year the header formulas count from, in BX1 as on the real form. */
const BASE = 2021;

/** One header of a measure group: its formula (counting from $BX$1) and the text it gives. */
interface Header {
  formula: string;
  text: string;
}

const th = (back: number): Header => ({
  formula: `"TH "&($BX$1-${back})`,
  text: `TH ${BASE - back}`,
});
const kh = (ahead: number): Header => ({
  formula: ahead === 0 ? `"KH "&$BX$1` : `"KH "&($BX$1+${ahead})`,
  text: `KH ${BASE + ahead}`,
});

export interface FiveYearOptions {
  /** The title row ("… giai đoạn 2016-2020 …" or "… năm 2020 …"). */
  title: string;
  /** A "KH 2020" column after "ƯTH/TH 2020" in each group. */
  plan2020?: boolean;
  /** Header formulas saved without their results, as a script that never calculates writes them. */
  uncached?: boolean;
}

function headers(options: FiveYearOptions): Header[] {
  return [
    th(5),
    th(4),
    th(3),
    th(2),
    { formula: `"ƯTH/TH "&($BX$1-1)`, text: `ƯTH/TH ${BASE - 1}` },
    ...(options.plan2020 ? [{ formula: `"KH "&($BX$1-1)`, text: `KH ${BASE - 1}` }] : []),
    {
      formula: `"KH "&($BX$1-5)&"-"&($BX$1-1)`,
      text: `KH ${BASE - 5}-${BASE - 1}`,
    },
    kh(0),
    kh(1),
    kh(2),
    kh(3),
    kh(4),
  ];
}

/** A row's figures per measure: TH 2016 … TH 2019, ƯTH/TH 2020, [KH 2020], KH 2016–2020, KH 2021 … 2025. */
interface Line {
  label: string | number;
  name: string;
  output?: number[];
  value?: number[];
  hidden?: boolean;
}

const LINES: Line[] = [
  { label: "I", name: "TRỒNG TRỌT" },
  {
    label: 1,
    name: "Lúa",
    output: [1000, 1020, 1050, 1080, 1100, 1150, 1120, 1140, 1160, 1180, 1200],
    value: [8000, 8300, 8700, 9000, 9400, 9800, 9600, 9900, 10200, 10500, 10800],
  },
  {
    label: 2,
    name: "Ngô",
    output: [500, 510, 530, 540, 560, 600, 570, 580, 590, 600, 610],
    value: [3000, 3100, 3250, 3400, 3600, 3900, 3700, 3800, 3900, 4000, 4100],
  },
  // The form's unused part: hidden rows, some with figures left from another district.
  { label: 3, name: "Cà phê", output: [40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50], hidden: true },
  { label: 4, name: "Chè", value: [120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], hidden: true },
  { label: 5, name: "Hồ tiêu", hidden: true },
  { label: 6, name: "Điều", output: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], hidden: true },
  { label: 7, name: "Cao su", output: [9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9], hidden: true },
  { label: "II", name: "CHĂN NUÔI" },
  {
    label: 1,
    name: "Thịt hơi các loại",
    output: [2000, 2100, 2200, 2300, 2400, 2500, 2450, 2500, 2550, 2600, 2650],
    value: [90000, 95000, 99000, 104000, 110000, 115000, 112000, 115000, 118000, 121000, 124000],
  },
];

/** The 2020 plan, when the form has its column: a little under the five-year plan. */
function withPlan2020(figures: number[] | undefined, plan2020: boolean): (number | null)[] {
  if (!figures) return [];
  if (!plan2020) return figures;
  return [...figures.slice(0, 5), Math.round(figures[5] * 0.98), ...figures.slice(5)];
}

function writeHeader(ws: Worksheet, options: FiveYearOptions, width: number): void {
  ws.getCell("A4").value = "STT";
  ws.getCell("B4").value = "Chỉ tiêu";
  ws.mergeCells("A4:A5");
  ws.mergeCells("B4:B5");
  const groups = ["Sản lượng", "Giá trị sản xuất"];
  groups.forEach((group, g) => {
    const first = 3 + g * width;
    ws.getCell(4, first).value = group;
    ws.mergeCells(4, first, 4, first + width - 1);
    headers(options).forEach((header, i) => {
      ws.getCell(5, first + i).value = options.uncached
        ? { formula: header.formula, date1904: false }
        : { formula: header.formula, result: header.text, date1904: false };
    });
  });
  // A stale plan column the form hides: never a role.
  const hidden = 3 + groups.length * width;
  ws.getCell(5, hidden).value = "KH 2020";
  ws.getColumn(hidden).hidden = true;
}

/**
 * A five-year sheet as provinces' planning forms have it: titles, the base year in BX1 and
 * headers built by formulas from it (="TH "&($BX$1-5)) with their cached results, two column
 * groups per measure ("Sản lượng", "Giá trị sản xuất") each with TH 2016 … TH 2019,
 * ƯTH/TH 2020, KH 2016–2020 and KH 2021 … KH 2025, hidden rows (some holding figures) and a
 * hidden column. Rows 7–8 and 15 are visible indicators; rows 9–13 are hidden.
 */
export async function fiveYearWorkbook(options: FiveYearOptions): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("5 năm");
  ws.getCell("A1").value = "UBND HUYỆN ĐƠN DƯƠNG";
  ws.getCell("A2").value = options.title;
  ws.getCell("BX1").value = BASE;
  const width = headers(options).length;
  writeHeader(ws, options, width);
  LINES.forEach((line, i) => {
    const row = 6 + i;
    ws.getCell(row, 1).value = line.label;
    ws.getCell(row, 2).value = line.name;
    const output = withPlan2020(line.output, options.plan2020 ?? false);
    const value = withPlan2020(line.value, options.plan2020 ?? false);
    output.forEach((figure, j) => (ws.getCell(row, 3 + j).value = figure));
    value.forEach((figure, j) => (ws.getCell(row, 3 + width + j).value = figure));
    if (line.hidden) ws.getRow(row).hidden = true;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheet column of a measure group's header ("Sản lượng" is group 0). */
export function groupColumn(options: FiveYearOptions, group: number, header: string): number {
  const texts = headers(options).map((h) => h.text);
  const at = texts.indexOf(header);
  if (at < 0) throw new Error(`no header ${header}`);
  return 3 + group * texts.length + at;
}
