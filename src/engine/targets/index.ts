export * from "./applyKind";
export * from "./formatTarget";
export * from "./parseTarget";
export * from "./parseTargetKind";
export * from "./targetKindLabels";
export * from "./tokenizeTarget";
