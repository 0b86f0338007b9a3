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

/**
 * Giao chỉ tiêu: from the parent's workbook (its plan, and an allocation sheet or a list of its
 * sub-units), one workbook per sub-unit that checks itself (see wardWorkbook). Pure: the caller
 * applies each change set to a new workbook.
 */
export function distribute(
  snapshot: WorkbookSnapshot,
  options: DistributeOptions = {},
): Distribution {
  const lang = options.lang ?? "vi";
  const issued = options.issued ?? new Date();
  const source = readDistributionSource(snapshot);
  const parent = source.parent ?? (lang === "vi" ? "Đơn vị cấp trên" : "Parent unit");
  const year = options.year ?? source.year ?? issued.getFullYear();
  const period = options.period ?? source.period ?? "year";
  const findings = [...source.findings];
  if (!source.plan || source.rows.length === 0) {
    findings.push(finding("distribute_no_plan", {}, {}));
    return { parent, year, period, workbooks: [], findings };
  }
  const wanted = options.units;
  const units = wanted && wanted.length > 0 ? wanted : source.units;
  if (units.length === 0) {
    const where = { sheet: source.plan.sheet, cell: `A${source.plan.headerRows[0]}` };
    findings.push(finding("distribute_no_units", { parent }, where));
    return { parent, year, period, workbooks: [], findings };
  }
  const rowsOf = new Map(units.map((unit) => [unit, wardRows(source, unit)]));
  const unsplit = [
    ...new Set(
      [...rowsOf.values()].flatMap((rows) =>
        rows.filter((r) => r.unsplit).map((r) => r.code ?? r.name),
      ),
    ),
  ];
  if (unsplit.length > 0) {
    const where = { sheet: source.plan.sheet };
    findings.push(
      finding("distribute_unsplit_totals", { parent, codes: unsplit.join(", ") }, where),
    );
  }
  const workbooks = units.map((unit) =>
    wardWorkbook(rowsOf.get(unit) ?? [], {
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
  );
  return { parent, year, period, workbooks, findings };
}
