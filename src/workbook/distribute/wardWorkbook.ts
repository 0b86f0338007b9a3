import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { changeSet, type ChangeSet } from "../changeSet";
import { fileSlug } from "../demo/fileSlug";
import { cleanSheetName, uniqueSheetName } from "../templates/sheetName";
import { DISTRIBUTE_TEXT } from "./distributeText";
import { guideSheet } from "./guideSheet";
import {
  DISTRIBUTION_TEMPLATE,
  IDENTITY_SHEET,
  identityChanges,
  targetsFingerprint,
  type DistributionIdentity,
  type GivenTarget,
} from "./identity";
import { wardSheet, type WardSheetLayout } from "./wardSheet";
import type { WardRow } from "./wardRows";

export interface WardWorkbookOptions {
  parent: string;
  unit: string;
  year: number;
  period: PeriodId;
  lang: Language;
  atRiskTolerance?: number;
  /** "15/7/2023": said on the instructions sheet. */
  deadline?: string;
  /** When the workbooks are made (the identity's date). */
  issued: Date;
}

/** One sub-unit's workbook: its file name, the change set that writes it into a new workbook. */
export interface WardWorkbook {
  unit: string;
  fileName: string;
  changes: ChangeSet;
  identity: DistributionIdentity;
  given: GivenTarget[];
  layout: WardSheetLayout;
}

/** "phuong-tan-phong-6-thang-2023.xlsx": the unit and the period, no diacritics. */
export function wardFileName(unit: string, period: PeriodId, year: number): string {
  return `${fileSlug(unit)}-${fileSlug(PERIOD_LABELS.vi[period])}-${year}.xlsx`;
}

/** What the identity's fingerprint covers for a sub-unit's rows on its report sheet. */
export function givenTargets(
  rows: readonly WardRow[],
  sheetRows: readonly number[],
): GivenTarget[] {
  return rows.map((r, i) => ({
    ...(r.code === undefined ? {} : { code: r.code }),
    name: r.name,
    row: sheetRows[i],
    target: r.target,
    targetMax: r.targetMax,
    baseline: r.baseline,
  }));
}

/**
 * The workbook a sub-unit receives: its report sheet (checks itself), the instructions, and
 * who it is for (a very hidden sheet and custom properties, with the targets' fingerprint).
 */
export function wardWorkbook(rows: readonly WardRow[], o: WardWorkbookOptions): WardWorkbook {
  const t = DISTRIBUTE_TEXT[o.lang];
  const sheet = uniqueSheetName(cleanSheetName(o.unit), [IDENTITY_SHEET, t.guideSheet]);
  const report = wardSheet(rows, {
    sheet,
    parent: o.parent,
    unit: o.unit,
    year: o.year,
    period: o.period,
    lang: o.lang,
    ...(o.atRiskTolerance === undefined ? {} : { atRiskTolerance: o.atRiskTolerance }),
  });
  const fileName = wardFileName(o.unit, o.period, o.year);
  const given = givenTargets(rows, report.layout.rows);
  const who = { parent: o.parent, unit: o.unit, year: o.year, period: o.period };
  const identity: DistributionIdentity = {
    ...who,
    template: DISTRIBUTION_TEMPLATE,
    fingerprint: targetsFingerprint(who, given),
    issued: o.issued.toISOString(),
    sheet,
  };
  const guide = guideSheet(
    t.guideSheet,
    {
      parent: o.parent,
      unit: o.unit,
      period: PERIOD_LABELS[o.lang][o.period],
      year: o.year,
      sheet,
      file: fileName,
      indicators: rows.length,
      typedBaselines: report.layout.typedBaselineRows.length,
      ...(o.deadline === undefined ? {} : { deadline: o.deadline }),
    },
    o.lang,
  );
  const firstEntry = `K${report.layout.firstRow}`;
  return {
    unit: o.unit,
    fileName,
    changes: changeSet([
      ...report.changes,
      ...guide,
      ...identityChanges(identity, given),
      { kind: "activate", sheet, cell: firstEntry },
    ]),
    identity,
    given,
    layout: report.layout,
  };
}
