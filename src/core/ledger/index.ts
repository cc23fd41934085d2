export {
  locateLedger,
  bestHeader,
  NOT_LEDGER_SHEETS,
  type LocateResult,
  type LocateOk,
  type LocateFail,
} from "./locate";
export { readLedger, readLedgerDetail, readRows, blankCase, type ReadDetail } from "./read";
export { matchHeader, WEAK_SYNONYMS } from "./headers";
