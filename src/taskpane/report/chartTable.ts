// The chart's rows are the workbook layer's, so the Word report draws the same figures.
export { chartTable, type ChartRow } from "../../workbook/report/fieldChart";
