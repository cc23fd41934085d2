/** The 配置 sheet (DOMAIN.md §7): reader, built-in defaults, the default sheet, village lookup. */
export { readConfig, findConfigSheet } from "./read";
export { defaultConfig } from "./defaults";
export { configSheet } from "./sheet";
export { findVillage } from "./village";
export { DEFAULT_PARAMS, PARAMS, type RuleMode } from "./params";
export { BLOCKS, type BlockKey } from "./blocks";
export { CONFIG_SHEET } from "./finding";
export { splitList } from "./lists";
