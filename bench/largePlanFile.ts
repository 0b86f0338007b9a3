import { createWorkbook } from "../src/hosts/xlsx";
import { changeSet, type WriteValue } from "../src/workbook/changeSet";

/**
 * One plan sheet of `rows` indicator rows (a header, then coded indicators with plan, actual and
 * estimate), written by the project's own writer: the file `chitieu check` reads in the
 * 100,000-row bench.
 */
export async function largePlanFile(rows: number): Promise<Uint8Array> {
  const sheet = "KH 2023";
  const values: WriteValue[][] = [
    ["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023", null, null, null, null, null, null, null],
    [
      "STT",
      "Mã",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Cách tổng hợp",
      "Kế hoạch",
      "Thực hiện",
      "Ước cả năm",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const target = 100 + ((i * 37) % 900);
    values.push([
      i + 1,
      `C${String(i + 1).padStart(6, "0")}`,
      `Chỉ tiêu số ${i + 1}`,
      "tỷ đồng",
      "tổng",
      target,
      Math.round(target * (0.8 + (i % 5) * 0.1) * 10) / 10,
      target,
    ]);
  }
  const workbook = createWorkbook();
  await workbook.apply(
    changeSet([
      { kind: "addSheet", sheet },
      { kind: "values", sheet, anchor: "A1", rows: values },
    ]),
  );
  return workbook.toBuffer();
}
