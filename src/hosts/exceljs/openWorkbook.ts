import { Workbook } from "exceljs";
import { classifyLoadError } from "./classifyLoadError";
import { ExcelJsGateway, type OpenInfo, type SkippedSheet } from "./exceljsGateway";
import { checkLoaded, finishLoad } from "./finishLoad";
import { installLoadHooks, type LoadFacts } from "./loadHooks";
import { refusal } from "./openErrorMessages";
import { sniffContainer } from "./sniffContainer";

export interface OpenOptions {
  /** The file's name, for messages ("Tệp "bao-cao.xls" là định dạng Excel cũ…"). */
  fileName?: string;
}

/**
 * Opens .xlsx (or .xlsm) bytes as a gateway, or throws one WorkbookOpenError saying why not.
 * The container is sniffed first (old .xls, password-protected, web pages, empty files never
 * reach ExcelJS); what ExcelJS throws is classified (classifyLoadError.ts); a load that missed
 * worksheets is refused (finishLoad.ts). Works on bytes only, in Node and in browsers.
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: OpenOptions = {},
): Promise<ExcelJsGateway> {
  const { fileName } = options;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  switch (sniffContainer(bytes)) {
    case "cfb":
      throw refusal("xls", fileName);
    case "encrypted":
      throw refusal("encrypted", fileName);
    case "markup":
      throw refusal("web_page", fileName);
    case "empty":
      throw refusal("empty", fileName);
    case "other":
      throw refusal("not_zip", fileName);
    case "zip":
      break;
  }
  const workbook = new Workbook();
  const facts = installLoadHooks(workbook);
  try {
    // ExcelJS types its input as a Node Buffer; the JSZip inside it reads any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    checkLoaded(workbook, facts, fileName);
    finishLoad(workbook, facts);
  } catch (error) {
    throw classifyLoadError(error, { strict: facts.strict, fileName });
  }
  return new ExcelJsGateway(workbook, openInfo(facts, fileName));
}

function openInfo(facts: LoadFacts, fileName: string | undefined): OpenInfo {
  return {
    fileName,
    strictOpenXml: facts.strict,
    skippedSheets: facts.sheets
      .filter((s) => !s.loaded)
      .map((s) => ({ name: s.name, kind: s.kind, visibility: s.visibility }) as SkippedSheet),
    saveLosses: [...facts.losses],
  };
}
