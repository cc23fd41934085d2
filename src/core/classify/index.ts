/** Category and domain by weighted cues (DOMAIN.md §4). */
export {
  classifyComplaint,
  classifyDomain,
  classifyNormalized,
  classifyDomainNormalized,
  earliestYear,
  CONFIDENCE,
  NO_DOMAIN,
  type Classification,
} from "./classify";
export { DEFAULT_CATEGORY_RULES, DEFAULT_DOMAIN_RULES, LEGACY_YEAR_CUE } from "./cues";
export { categoryFindings } from "./findings";
export { compileRules, findMatches, normalizeText, scan } from "./match";
