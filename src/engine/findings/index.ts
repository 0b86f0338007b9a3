export * from "./finding";
export * from "./rules";
