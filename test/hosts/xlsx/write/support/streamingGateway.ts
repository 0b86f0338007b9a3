import type { ReadRequest, SheetListing, WorkbookGateway } from "../../../../../src/hosts/gateway";
import { openXlsx } from "../../../../../src/hosts/xlsx";
import {
  applyChangeSetToPackage,
  partsOfPackage,
  zipPackage,
} from "../../../../../src/hosts/xlsx/write";
import type { ChangeSet } from "../../../../../src/workbook/changeSet";
import type { WorkbookSnapshot } from "../../../../../src/workbook/snapshot";

/**
 * The gateway the swap will make, in miniature: the streaming reader opens the bytes, the
 * package writer patches the parts it opened, and the next read opens the written bytes.
 */
export class StreamingGateway implements WorkbookGateway {
  constructor(public bytes: Uint8Array) {}

  async listSheets(): Promise<SheetListing[]> {
    return openXlsx(this.bytes).listSheets();
  }

  async read(request?: ReadRequest): Promise<WorkbookSnapshot> {
    return openXlsx(this.bytes).read(request);
  }

  async apply(changes: ChangeSet): Promise<void> {
    const { parts, methods } = partsOfPackage(openXlsx(this.bytes).pkg);
    this.bytes = zipPackage(applyChangeSetToPackage(parts, changes), methods);
  }

  async select(): Promise<void> {}
}
