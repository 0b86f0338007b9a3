export * from "./compileTable";
export * from "./entryKind";
export * from "./entryWords";
export * from "./reportedFormula";
export * from "./rowProfile";
