export * from "./detectNumberStyle";
export * from "./formatNumber";
export * from "./parseNumber";
export * from "./readNumberCell";
