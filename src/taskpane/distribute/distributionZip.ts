import { zipSync, type Zippable } from "fflate";
import type { Finding } from "../../engine/findings/finding";
import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { fileSlug } from "../../workbook/demo/fileSlug";
import { distribution } from "../../workbook/distribute/distribute";
import type { WorkbookSnapshot } from "../../workbook/snapshot";

export interface DistributionZip {
  /** The .zip's bytes: one .xlsx per sub-unit, stored (an .xlsx is compressed already). */
  bytes: Uint8Array;
  fileName: string;
  files: string[];
  findings: Finding[];
}

export interface ZipOptions {
  period?: PeriodId;
  lang: Language;
  atRiskTolerance?: number;
  /** Called after each sub-unit's workbook is made: (done, of how many). */
  onProgress?: (done: number, total: number) => void;
}

/** Lets the page paint between two workbooks. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Giao chỉ tiêu in the browser: the open workbook's plan distributed (see distribution), each
 * sub-unit's workbook written with the .xlsx writer one at a time, all of them in one .zip
 * ("giao-chi-tieu-quan-7-6-thang-2023.zip"). The .xlsx writer is loaded only when asked for.
 */
export async function distributionZip(
  parent: WorkbookSnapshot,
  options: ZipOptions,
): Promise<DistributionZip> {
  const plan = distribution(parent, {
    lang: options.lang,
    ...(options.period ? { period: options.period } : {}),
    ...(options.atRiskTolerance === undefined ? {} : { atRiskTolerance: options.atRiskTolerance }),
  });
  const { createWorkbook } = await import("../../hosts/xlsx");
  const zipped: Zippable = {};
  const files: string[] = [];
  for (const [i, unit] of plan.units.entries()) {
    const ward = plan.workbook(unit);
    const book = createWorkbook();
    await book.apply(ward.changes);
    zipped[ward.fileName] = [await book.toBuffer(), { level: 0 }];
    files.push(ward.fileName);
    options.onProgress?.(i + 1, plan.units.length);
    await nextTick();
  }
  const period = fileSlug(PERIOD_LABELS.vi[plan.period]);
  return {
    bytes: files.length > 0 ? zipSync(zipped) : new Uint8Array(),
    fileName: `giao-chi-tieu-${fileSlug(plan.parent)}-${period}-${plan.year}.zip`,
    files,
    findings: plan.findings,
  };
}
