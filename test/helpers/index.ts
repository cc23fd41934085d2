export * from "./grid";
export * from "./model";
export * from "./seed004";
export * from "./generate";
