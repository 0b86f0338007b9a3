import { makeStyles, tokens } from "@fluentui/react-components";
import type { SectionTotal } from "../../engine/budget/sectionTotals";
import { formatNumber } from "../../engine/numbers/formatNumber";
import { formatPercent } from "../i18n/formatPercent";
import { useMessages } from "../i18n/MessagesContext";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "top",
    },
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  name: { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  section: { display: "block", fontWeight: tokens.fontWeightSemibold },
});

/** Revenue and spending totals of a table: estimate, actual and % of the estimate. */
export function BudgetTotals({ totals }: { totals: readonly SectionTotal[] }) {
  const styles = useStyles();
  const t = useMessages();
  const c = t.budget.totalColumns;
  const number = (value: number | undefined) =>
    value === undefined ? "–" : formatNumber(value, t.lang);
  return (
    <table className={styles.table} aria-label={t.budget.totals}>
      <thead>
        <tr>
          <th scope="col" className={styles.name}>
            {c.line}
          </th>
          <th scope="col" className={styles.number}>
            {c.estimate}
          </th>
          <th scope="col" className={styles.number}>
            {c.actual}
          </th>
          <th scope="col" className={styles.number}>
            {c.percent}
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((total) => (
          <tr key={total.section} data-section={total.section}>
            <th scope="row" className={styles.name}>
              <span className={styles.section}>{t.budget.section[total.section]}</span>
              {total.name}
            </th>
            <td className={styles.number}>{number(total.estimate)}</td>
            <td className={styles.number}>{number(total.actual)}</td>
            <td className={styles.number}>
              {total.percentOfEstimate === undefined
                ? "–"
                : formatPercent(total.percentOfEstimate, t.lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
