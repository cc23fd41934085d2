/** Value parsers for ledger and config cells (DOMAIN.md §1.3, §1.4). */
export { cellText, excelNumberText, isBlankCell } from "./text";
export { parseDate, dayFromText, dayFromSerial, MAX_SERIAL, type DateParse } from "./date";
export { normalizeName, splitNames, NAME_SEPARATORS } from "./names";
export {
  checkId,
  checkIdCell,
  idCheckChar,
  plainValidIds,
  upgradeLegacyId,
  type IdCellResult,
  type IdIssue,
  type IdIssueCode,
} from "./id";
export { parsePhone, type PhoneParse } from "./phone";
export { parseEnum, suggestEnum, editDistance, type EnumParse } from "./enum";
export { parseYesNo, parseHaveNot } from "./yesno";
export { parseInteger, type IntParse } from "./integer";
