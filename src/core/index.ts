/**
 * The public core API (docs/architecture.md). Hosts, the CLI and the task pane import from here.
 * Other modules add their lines as they land.
 */
export * from "./grid";
export * from "./day";
export * from "./findings";
export * from "./messages";
export * from "./model";
export * from "./patch";
export * from "./schema/fields";
export * from "./schema/normalize";
export * from "./parse";
export { readConfig } from "./config/read";
export { defaultConfig } from "./config/defaults";
export { findVillage } from "./config/village";
export { categoryFindings } from "./classify/findings";
export * from "./ledger";
export * from "./derive";
export * from "./check";
