export * from "./types";
export * from "./consolidate";
export * from "./checkWideTotals";
export * from "./fromPlanCheck";
export * from "./parentNames";
export * from "./isRate";
export { stripNumbering, measureKey, nameKey } from "./labels";
export { sameFigure } from "./sameFigure";
