/** The built-in config: §7 defaults, no leaders or villages (every town has its own), the cue rules of §4. */
import { DEFAULT_CATEGORY_RULES, DEFAULT_DOMAIN_RULES } from "../classify/cues";
import type { Config } from "../model";
import { DEFAULT_PARAMS } from "./params";

export function defaultConfig(): Config {
  return {
    params: { ...DEFAULT_PARAMS },
    leaders: [],
    villages: [],
    categoryRules: DEFAULT_CATEGORY_RULES.map((r) => ({ ...r })),
    domainRules: DEFAULT_DOMAIN_RULES.map((r) => ({ ...r })),
    fromSheet: { params: false, leaders: false, villages: false, categoryRules: false, domainRules: false },
  };
}
