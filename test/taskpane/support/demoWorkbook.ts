import { createWorkbook } from "../../../src/hosts/xlsx";
import type { XlsxGateway } from "../../../src/hosts/xlsx";
import { buildDemoWorkbook } from "../../../src/preview/demo/buildDemoWorkbook";

/** The preview's sample workbook (a district and two wards at nine months), made for real with ExcelJS. */
export async function demoWorkbook(): Promise<{ gateway: XlsxGateway; sheets: string[] }> {
  const gateway = createWorkbook();
  const sheets = await buildDemoWorkbook(gateway, {
    unit: "Quận 7",
    wards: ["Phường Tân Phong", "Phường Tân Hưng"],
    year: 2025,
    period: "9m",
    lang: "vi",
  });
  return { gateway, sheets };
}
