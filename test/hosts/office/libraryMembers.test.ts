/**
 * Feature checks that tell the truth (issue 12): Microsoft 365 hosts report ExcelApi 1.18, but
 * the Office.js in the page may lack the notes API (the npm copy, 1.1.110, does). A feature is on
 * only when the host supports its set and the library has its members.
 */
import { OfficeGateway } from "../../../src/hosts/office/officeGateway";
import { detectFeatures } from "../../../src/hosts/office/features";
import type { SeedWorkbook } from "../contractCases";
import { inspect, StrictExcel } from "./strictExcel";

const seed: SeedWorkbook = {
  sheets: [{ name: "KH", cells: { A1: "Chỉ tiêu", B1: "Kế hoạch", A2: "Thu ngân sách", B2: 120 } }],
};

function setup() {
  const excel = new StrictExcel(seed, { apiVersion: 18, library: { notes: false } });
  const skipped: string[] = [];
  const gateway = new OfficeGateway(excel.run, {
    isSetSupported: excel.isSetSupported,
    library: excel.excelLibrary,
    runWith: excel.runWith,
    onSkipped: (s) => skipped.push(`${s.change.kind}: ${s.requirement}`),
  });
  return { excel, gateway, skipped };
}

test("a 1.18 host with a library that has no notes API: notes are off", () => {
  const excel = new StrictExcel(seed, { apiVersion: 18, library: { notes: false } });
  expect(detectFeatures(excel.isSetSupported, excel.excelLibrary).notes).toBe(false);
  expect(detectFeatures(excel.isSetSupported, new StrictExcel(seed).excelLibrary).notes).toBe(true);
  expect(detectFeatures(excel.isSetSupported, undefined).notes).toBe(false);
  const old = new StrictExcel(seed, { apiVersion: 17 });
  expect(detectFeatures(old.isSetSupported, old.excelLibrary).notes).toBe(false);
});

test("a note on such a host fails nothing and writes no threaded comment in its place", async () => {
  const { excel, gateway, skipped } = setup();
  await gateway.apply({
    changes: [
      { kind: "values", sheet: "KH", anchor: "C2", rows: [["Chậm tiến độ"]] },
      { kind: "note", sheet: "KH", cell: "C2", text: "Thực hiện thấp hơn tiến độ" },
    ],
  });
  expect(inspect(excel.model, "KH", "C2")?.value).toBe("Chậm tiến độ");
  expect(excel.sheet("KH").notes.size).toBe(0);
  expect(excel.sheet("KH").comments.size).toBe(0);
  expect(skipped).toEqual(["note: ExcelApi 1.18"]);
});

test("reading on such a host reads the sheet's comments, not a notes API that is not there", async () => {
  const { excel, gateway } = setup();
  excel.sheet("KH").comments.set("B2", { id: "c1", content: "số ước" });
  const named = await gateway.read({ sheets: ["KH"] });
  expect(named.sheets[0].notes).toEqual({ B2: "số ước" });
  const all = await gateway.read();
  expect(all.sheets[0].notes).toEqual({ B2: "số ước" });
});
