import type { CellValue, SheetSnapshot } from "../../../src/workbook/snapshot";
import { PLAN_COLUMNS, PLAN_HEADERS } from "../../../src/workbook/templates/planColumns";
import { sheetFrom } from "./sheetFrom";

/** A 2,000-row plan sheet in the template's layout, with group rows and numbered labels. */
export function largePlanSheet(): SheetSnapshot {
  const rows: CellValue[][] = [
    ["ỦY BAN NHÂN DÂN QUẬN 7"],
    ["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023"],
    PLAN_COLUMNS.map((c) => PLAN_HEADERS.vi[c]),
  ];
  for (let i = 0; rows.length < 2003; i++) {
    if (i % 50 === 0) rows.push([`${"IVX"[i % 3]}`, null, `LĨNH VỰC ${i / 50}`]);
    else {
      const label = i % 5 === 0 ? `${i}.` : "-";
      rows.push([
        label,
        `KT${i}`,
        `Chỉ tiêu số ${i} của kế hoạch phát triển`,
        "tỷ đồng",
        "≥",
        "tổng",
        "có",
        i * 10,
        `từ ${i} trở lên`,
        null,
        i * 5.5,
        i * 11,
        null,
        null,
        i % 7 === 0 ? "ghi chú" : null,
      ]);
    }
  }
  return sheetFrom(rows);
}

/** 25,000 indicator rows with two merged areas each: 50,000 merges. */
export function manyMergesSheet(): SheetSnapshot {
  const rows: CellValue[][] = [["Chỉ tiêu", null, "Kế hoạch", "Thực hiện"]];
  const merges = ["A1:B1"];
  for (let r = 2; r <= 25_001; r++) {
    rows.push([`Chỉ tiêu ${r}`, null, r, null, `ghi chú ${r}`]);
    merges.push(`A${r}:B${r}`, `D${r}:E${r}`);
  }
  return sheetFrom(rows, { merges });
}
