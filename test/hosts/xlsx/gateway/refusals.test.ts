import { openWorkbook } from "../../../../src/hosts/xlsx";
import { WorkbookOpenError } from "../../../../src/hosts/xlsx";
import { minimalXlsxParts, storedZip } from "../support/storedZip";
import { seedXlsx } from "../support/seedWorkbook";

async function refusalOf(bytes: Uint8Array, fileName?: string): Promise<WorkbookOpenError> {
  try {
    await openWorkbook(bytes, { fileName });
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookOpenError);
    return error as WorkbookOpenError;
  }
  throw new Error("the file was opened");
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function compoundFile(...streamNames: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB_MAGIC, 0);
  let at = 1024;
  for (const name of streamNames) {
    for (const ch of name) {
      bytes[at++] = ch.charCodeAt(0);
      bytes[at++] = 0;
    }
    at += 64;
  }
  return bytes;
}

describe("openWorkbook refuses what is not an .xlsx with one clear error", () => {
  test("old .xls (an OLE compound file): not_xlsx, in Vietnamese and English", async () => {
    const error = await refusalOf(compoundFile("Workbook", "SummaryInformation"), "bao-cao.xls");
    expect(error.code).toBe("not_xlsx");
    expect(error.messageVi).toBe(
      'Tệp "bao-cao.xls" là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    );
    expect(error.messageEn).toContain("old Excel format (.xls)");
    expect(error.message).toBe(error.messageEn);
  });

  test("a password-protected .xlsx (EncryptionInfo + EncryptedPackage in a compound file)", async () => {
    const error = await refusalOf(compoundFile("EncryptionInfo", "EncryptedPackage"));
    expect(error.code).toBe("encrypted");
    expect(error.messageVi).toMatch(/^Tệp này được bảo vệ bằng mật khẩu/);
  });

  test("an .xls that merely mentions EncryptionInfo is still an old .xls", async () => {
    expect((await refusalOf(compoundFile("EncryptionInfo"))).code).toBe("not_xlsx");
  });

  test("a web page saved as .xls: not_xlsx", async () => {
    const html = new TextEncoder().encode("\ufeff  <html><body><table><tr><td>1</td></tr></table>");
    const error = await refusalOf(html, "bieu.xls");
    expect(error.code).toBe("not_xlsx");
    expect(error.messageVi).toContain("trang web");
  });

  test("empty, random and truncated files: corrupt", async () => {
    expect((await refusalOf(new Uint8Array(0))).code).toBe("corrupt");
    expect((await refusalOf(new TextEncoder().encode("Chỉ tiêu,Kế hoạch\n"))).code).toBe("corrupt");
    const whole = await seedXlsx({ sheets: [{ name: "S", cells: { A1: 1 } }] });
    const truncated = await refusalOf(whole.slice(0, Math.floor(whole.length / 2)));
    expect(truncated.code).toBe("corrupt");
    expect(truncated.detail).toBeDefined();
  });

  test("malformed XML inside a zip: corrupt", async () => {
    const parts = minimalXlsxParts({ sheetXml: "<worksheet><sheetData><row r='1'></sheetData>" });
    const error = await refusalOf(storedZip(parts));
    expect(error.code).toBe("corrupt");
    expect(error.messageEn).toContain("malformed");
  });

  test("a zip that is not a workbook: refused as damaged (the workbook part is missing)", async () => {
    const error = await refusalOf(storedZip({ "readme.txt": "xin chào" }));
    expect(error.code).toBe("corrupt");
  });
});

describe("openWorkbook reads files ExcelJS can read even when they are unusual", () => {
  test("a minimal hand-made workbook", async () => {
    const gateway = await openWorkbook(storedZip(minimalXlsxParts({})));
    const snapshot = await gateway.read();
    expect(snapshot.sheets[0].values).toEqual([[42]]);
    expect(gateway.info.strictOpenXml).toBe(false);
  });

  test("a worksheet at a non-standard part name is read through the workbook's relationships", async () => {
    const gateway = await openWorkbook(
      storedZip(minimalXlsxParts({ sheetPath: "worksheets/data.xml" })),
    );
    expect((await gateway.read()).sheets[0].values).toEqual([[42]]);
  });

  test("Strict Open XML is read (ExcelJS matches element names, not namespaces) and noted", async () => {
    const parts = minimalXlsxParts({
      main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
      rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
    });
    const gateway = await openWorkbook(storedZip(parts));
    expect(gateway.info.strictOpenXml).toBe(true);
    expect((await gateway.read()).sheets[0].values).toEqual([[42]]);
  });
});
