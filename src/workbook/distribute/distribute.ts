import { finding, type Finding } from "../../engine/findings/finding";
import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import type { WorkbookSnapshot } from "../snapshot";
import { readDistributionSource } from "./distributionSource";
import { wardRows } from "./wardRows";
import { wardWorkbook, type WardWorkbook } from "./wardWorkbook";

export interface DistributeOptions {
  /** The period the sub-units report; else the plan's title's, else the year. */
  period?: PeriodId;
  /** The plan year; else the plan's title's, else `issued`'s year. */
  year?: number;
  lang?: Language;
  atRiskTolerance?: number;
  deadline?: string;
  /** Restrict to these sub-units (by name as the parent writes them). */
  units?: string[];
  issued?: Date;
}

export interface Distribution {
  parent: string;
  year: number;
  period: PeriodId;
  workbooks: WardWorkbook[];
  /** Why nothing (or less) could be distributed, and the parent's reading findings. */
  findings: Finding[];
}

/** What is distributed, each sub-unit's workbook made only when asked for (168 at a time would not fit). */
export interface DistributionPlan {
  parent: string;
  year: number;
  period: PeriodId;
  /** The sub-units, in the parent's order. */
  units: string[];
  /** The sub-unit's workbook, made now. */
  workbook(unit: string): WardWorkbook;
  findings: Finding[];
}

/**
 * Giao chỉ tiêu: reads the parent's workbook (its plan, and an allocation sheet or a list of its
 * sub-units) and says what each sub-unit gets; its workbook (see wardWorkbook) is made one at a
 * time. Pure: the caller applies each change set to a new workbook.
 */
export function distribution(
  snapshot: WorkbookSnapshot,
  options: DistributeOptions = {},
): DistributionPlan {
  const lang = options.lang ?? "vi";
  const issued = options.issued ?? new Date();
  const source = readDistributionSource(snapshot);
  const parent = source.parent ?? (lang === "vi" ? "Đơn vị cấp trên" : "Parent unit");
  const year = options.year ?? source.year ?? issued.getFullYear();
  const period = options.period ?? source.period ?? "year";
  const findings = [...source.findings];
  const none = (): DistributionPlan => ({
    parent,
    year,
    period,
    units: [],
    workbook: () => {
      throw new RangeError("Nothing to distribute");
    },
    findings,
  });
  if (!source.plan || source.rows.length === 0) {
    findings.push(finding("distribute_no_plan", {}, {}));
    return none();
  }
  const wanted = options.units;
  const units = wanted && wanted.length > 0 ? wanted : source.units;
  if (units.length === 0) {
    const where = { sheet: source.plan.sheet, cell: `A${source.plan.headerRows[0]}` };
    findings.push(finding("distribute_no_units", { parent }, where));
    return none();
  }
  // Which totals no sub-unit is given: the same rows for all, unless some have own sheets.
  const unsplit = new Set<string>();
  for (const unit of units) {
    for (const r of wardRows(source, unit)) if (r.unsplit) unsplit.add(r.code ?? r.name);
  }
  if (unsplit.size > 0) {
    const where = { sheet: source.plan.sheet };
    const codes = [...unsplit].join(", ");
    findings.push(finding("distribute_unsplit_totals", { parent, codes }, where));
  }
  return {
    parent,
    year,
    period,
    units,
    findings,
    workbook: (unit) =>
      wardWorkbook(wardRows(source, unit), {
        parent,
        unit,
        year,
        period,
        lang,
        issued,
        ...(options.atRiskTolerance === undefined
          ? {}
          : { atRiskTolerance: options.atRiskTolerance }),
        ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
      }),
  };
}

/** distribution() with every sub-unit's workbook made at once (tests, small sets). */
export function distribute(
  snapshot: WorkbookSnapshot,
  options: DistributeOptions = {},
): Distribution {
  const plan = distribution(snapshot, options);
  const { parent, year, period, findings } = plan;
  return { parent, year, period, findings, workbooks: plan.units.map((u) => plan.workbook(u)) };
}
