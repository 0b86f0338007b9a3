import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWorkbook, openWorkbook } from "../src/hosts/xlsx";
import { changeSet, type WriteValue } from "../src/workbook/changeSet";
import { readIdentity } from "../src/workbook/distribute/identity";
import { compiledCliNote, goal, medianCli, usageText } from "./cliProcess";
import { openpyxlLoad } from "./openpyxlLoad";

/** A province's 168 communes and wards (Hồ Chí Minh City since 2025) × 200 indicators. */
export const UNITS = 168;
export const INDICATORS = 200;

interface Row {
  code: string;
  name: string;
  unit: string;
  kind: string;
  rule: string;
  cumulative: string;
  target: WriteValue;
  /** Split among the wards (a sum the parent allocates). */
  allocated: boolean;
}

/** Every fifth a rate, every seventh a change against last year, every eleventh a milestone. */
function row(i: number): Row {
  const code = `C${String(i + 1).padStart(3, "0")}`;
  if (i % 11 === 10) {
    return {
      code,
      name: `Công trình số ${i + 1}`,
      unit: "",
      kind: "hoàn thành",
      rule: "tất cả",
      cumulative: "không",
      target: "hoàn thành",
      allocated: false,
    };
  }
  if (i % 7 === 6) {
    return {
      code,
      name: `Thu dịch vụ số ${i + 1}`,
      unit: "tỷ đồng",
      kind: "tăng",
      rule: "tổng",
      cumulative: "có",
      target: "tăng 6-8%",
      allocated: false,
    };
  }
  if (i % 5 === 4) {
    return {
      code,
      name: `Tỷ lệ số ${i + 1}`,
      unit: "%",
      kind: "≥",
      rule: "trung bình",
      cumulative: "không",
      target: 80 + (i % 19),
      allocated: false,
    };
  }
  return {
    code,
    name: `Chỉ tiêu số ${i + 1}`,
    unit: "tỷ đồng",
    kind: "≥",
    rule: "tổng",
    cumulative: "có",
    target: UNITS * (100 + ((i * 37) % 900)),
    allocated: true,
  };
}

const ROWS = Array.from({ length: INDICATORS }, (_, i) => row(i));
const WARDS = Array.from({ length: UNITS }, (_, u) => `Phường ${u + 1}`);

/** The province's plan and its allocation sheet (each ward an equal share of each sum). */
export async function parentFile(): Promise<Uint8Array> {
  const plan = "KH 2025 - Thành phố";
  const allocation = "Giao CT 2025";
  const planRows: WriteValue[][] = [
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"],
    ["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025"],
    ["Đơn vị: Thành phố Hồ Chí Minh"],
    ["Kỳ báo cáo: 6 tháng"],
    [],
    [
      "STT",
      "Mã",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Loại chỉ tiêu",
      "Cách tổng hợp",
      "Lũy kế",
      "Kế hoạch",
    ],
    ...ROWS.map((r, i) => [i + 1, r.code, r.name, r.unit, r.kind, r.rule, r.cumulative, r.target]),
  ];
  const allocated = ROWS.filter((r) => r.allocated);
  const allocationRows: WriteValue[][] = [
    ["GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ NĂM 2025"],
    ["Đơn vị: Thành phố Hồ Chí Minh"],
    [],
    ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch giao", ...WARDS],
    ...allocated.map((r, i) => {
      const total = r.target as number;
      return [i + 1, r.code, r.name, r.unit, total, ...WARDS.map(() => total / UNITS)];
    }),
  ];
  const pad = (rows: WriteValue[][]) => {
    const width = Math.max(...rows.map((r) => r.length));
    return rows.map((r) => [...r, ...Array<WriteValue>(width - r.length).fill(null)]);
  };
  const book = createWorkbook();
  await book.apply(
    changeSet([
      { kind: "addSheet", sheet: plan },
      { kind: "values", sheet: plan, anchor: "A1", rows: pad(planRows) },
      { kind: "addSheet", sheet: allocation },
      { kind: "values", sheet: allocation, anchor: "A1", rows: pad(allocationRows) },
    ]),
  );
  return book.toBuffer();
}

/** Each ward types its figures (and last year's where asked) into its own file. */
export async function fill(dir: string, files: readonly string[]): Promise<void> {
  for (const [u, name] of files.entries()) {
    const path = join(dir, name);
    const book = await openWorkbook(new Uint8Array(await readFile(path)), { fileName: name });
    const snapshot = await book.read();
    const identity = readIdentity(snapshot);
    if (!identity) throw new Error(`${name} carries no identity`);
    const sheet = identity.identity.sheet;
    const changes = identity.given.flatMap((g, i) => {
      const target = typeof g.target === "number" ? g.target : 100;
      const typed: WriteValue[] =
        g.target === "hoàn thành"
          ? ["Đang thực hiện", "Hoàn thành"]
          : [Math.round(target * (0.4 + ((i + u) % 5) * 0.05) * 10) / 10, target];
      const base =
        g.target === "tăng 6-8%"
          ? [{ kind: "values" as const, sheet, anchor: `H${g.row}`, rows: [[900 + u]] }]
          : [];
      return [...base, { kind: "values" as const, sheet, anchor: `K${g.row}`, rows: [typed] }];
    });
    await book.apply(changeSet(changes));
    await writeFile(path, await book.toBuffer());
  }
}

/**
 * Giao chỉ tiêu and thu thập at a province's scale: `chitieu distribute` writes 168 ward
 * workbooks of 200 indicators (formulas, validations, protection, identity) from one plan and
 * allocation sheet; each ward's figures are typed in; `chitieu consolidate` collects the 168
 * files against the plan (identity, targets given, tracker). Both as whole processes (the
 * compiled CLI), beside openpyxl's load of the same 168 files.
 */
export async function benchDistribute(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-distribute-"));
  try {
    const cli = compiledCliNote();
    const parent = join(dir, "thanh-pho.xlsx");
    await writeFile(parent, await parentFile());
    const out = join(dir, "giao");
    console.log(`distribute and collect, ${cli}:`);
    console.log(
      `${UNITS} wards × ${INDICATORS} indicators (${ROWS.filter((r) => r.allocated).length} allocated sums):`,
    );
    const distributed = medianCli(["distribute", parent, "--out", out, "--period", "6m"], 1);
    const files = (await readdir(out)).sort();
    if (files.length !== UNITS) throw new Error(`distribute wrote ${files.length} files`);
    const sizes = await Promise.all(files.map(async (f) => (await readFile(join(out, f))).length));
    const bytes = sizes.reduce((a, b) => a + b, 0);
    console.log(
      `  chitieu distribute (read the plan, write ${UNITS} workbooks, ${(bytes / 1e6).toFixed(1)} MB), whole process: ${usageText(distributed)}`,
    );
    const blank = openpyxlLoad(files.map((f) => join(out, f)));
    if (typeof blank === "string") console.log(`  openpyxl load: skipped — ${blank}`);
    else
      console.log(
        `  openpyxl load_workbook of the ${UNITS} files written: ${blank.wallMs} ms wall, ${blank.cpuMs.toFixed(0)} ms CPU, peak RSS ${blank.rss.toFixed(0)} MB`,
      );
    await fill(out, files);
    const report = join(dir, "tong-hop.xlsx");
    const collected = medianCli(
      ["consolidate", ...files.map((f) => join(out, f)), "--plan", parent, "--out", report],
      1,
    );
    const load = openpyxlLoad(files.map((f) => join(out, f)));
    if (typeof load === "string") {
      console.log(`  chitieu consolidate --plan, whole process: ${usageText(collected)}`);
      console.log(`  openpyxl load: skipped — ${load}`);
      return;
    }
    const ratio = collected.ms / load.wallMs;
    const cpu = collected.cpuMs / load.cpuMs;
    console.log(
      `  openpyxl load_workbook of the ${UNITS} files returned: ${load.wallMs} ms wall, ${load.cpuMs.toFixed(0)} ms CPU, peak RSS ${load.rss.toFixed(0)} MB`,
    );
    console.log(
      `  chitieu consolidate of the ${UNITS} returns --plan (identity, targets given, tracker), whole process: ${usageText(collected)} (${ratio.toFixed(2)}× openpyxl's load wall, ${cpu.toFixed(2)}× its CPU); goal ≤ 1.0×: ${goal(ratio <= 1)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
