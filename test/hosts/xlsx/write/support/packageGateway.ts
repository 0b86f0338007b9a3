import { openWorkbook } from "../../../../../src/hosts/exceljs/openWorkbook";
import type { ReadRequest, SheetListing, WorkbookGateway } from "../../../../../src/hosts/gateway";
import {
  applyChangeSetToPackage,
  unzipPackage,
  zipPackage,
} from "../../../../../src/hosts/xlsx/write";
import type { ChangeSet } from "../../../../../src/workbook/changeSet";
import type { WorkbookSnapshot } from "../../../../../src/workbook/snapshot";

/**
 * A gateway-like adapter for the contract cases: writes go through the package writer, reads
 * go through the reader the project has today (ExcelJS) on the written bytes, until the
 * streaming reader replaces it.
 */
export class PackageGateway implements WorkbookGateway {
  constructor(public bytes: Uint8Array) {}

  async listSheets(): Promise<SheetListing[]> {
    return (await openWorkbook(this.bytes)).listSheets();
  }

  async read(request?: ReadRequest): Promise<WorkbookSnapshot> {
    return (await openWorkbook(this.bytes)).read(request);
  }

  async apply(changes: ChangeSet): Promise<void> {
    const { parts, methods } = unzipPackage(this.bytes);
    this.bytes = zipPackage(applyChangeSetToPackage(parts, changes), methods);
  }

  async select(): Promise<void> {}
}
