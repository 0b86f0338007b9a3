export * from "./aggregation";
export * from "./cell";
export * from "./indicator";
export * from "./period";
export * from "./status";
export * from "./target";
