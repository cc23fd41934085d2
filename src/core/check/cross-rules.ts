/**
 * Rules across rows (DOMAIN.md §2): duplicates by a Map key (one pass, no pairs) and unflagged
 * repeats from the derived facts. The later row carries the finding and names the earlier one.
 */
import { isoDay } from "../day";
import type { Finding } from "../findings";
import type { CaseRecord } from "../model";
import { BLANKS, toHalfWidth } from "../schema/normalize";
import { FIELD_BIT } from "../ledger/fields-read";
import { makeFinding } from "../ledger/finding";
import { fastFold } from "../ledger/memo";
import type { RowContext } from "./row-rules";

/** Same petitioners (any order) and registeredOn: the bucket; complaints are compared inside it. */
function personNames(c: CaseRecord): string | null {
  if (!c.petitioners.length || c.registeredOn === null || c.complaint === "") return null;
  const names = c.petitioners;
  if (names.length === 1) return names[0];
  // names already in order (half the two-name rows) need no sorted copy
  for (let k = 1; k < names.length; k++) if (names[k - 1] > names[k]) return [...names].sort().join("、");
  return names.join("、");
}

const fold = (s: string): string => toHalfWidth(s).replace(BLANKS, "");

const caseIdKey = (c: CaseRecord): string | null => (c.caseId === null ? null : fastFold(c.caseId, fold).toUpperCase());

/**
 * 序号 → first row. 序号 are mostly 1…n: those go in a typed array (a Map of 100k numbers is a
 * third of this pass); any other number falls back to the Map.
 */
class SeqRows {
  private readonly dense: Int32Array;
  private readonly other = new Map<number, number>();
  constructor(n: number) {
    // row + 1, so 0 means "not seen"
    this.dense = new Int32Array(2 * n + 16);
  }
  get(seq: number): number | undefined {
    if (Number.isInteger(seq) && seq >= 0 && seq < this.dense.length) {
      const r = this.dense[seq];
      return r === 0 ? undefined : r - 1;
    }
    return this.other.get(seq);
  }
  set(seq: number, row: number): void {
    if (Number.isInteger(seq) && seq >= 0 && seq < this.dense.length) this.dense[seq] = row + 1;
    else this.other.set(seq, row);
  }
}

export function crossRowFindings(cases: readonly CaseRecord[], bad: Uint32Array, ctx: RowContext): Finding[] {
  const out: Finding[] = [];
  const { columns } = ctx.layout;
  const firstRowOf = {
    // registeredOn → names → first row: no key string per row (names never hold `|`)
    personDay: new Map<number, Map<string, number>>(),
    dup: new Map<number, Map<string, number>>(),
    caseId: new Map<string, number>(),
  };
  const seqFirst = new SeqRows(cases.length);
  // repeat.unflagged names the earlier row's date: a few thousand distinct days for 100k rows
  const dayTexts = new Map<number, string>();
  const dayText = (d: number): string => {
    let t = dayTexts.get(d);
    if (t === undefined) dayTexts.set(d, (t = isoDay(d)));
    return t;
  };
  const repeatCol = columns.repeat;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const names = personNames(c);
    if (names !== null) {
      // person+day first; only rows sharing one (rare) compare complaints
      let onDay = firstRowOf.personDay.get(c.registeredOn as number);
      if (!onDay) firstRowOf.personDay.set(c.registeredOn as number, (onDay = new Map()));
      const first = onDay.get(names);
      if (first === undefined) onDay.set(names, i);
      else {
        // the bucket is known by its first row; inside it, rows by their folded complaint
        let texts = firstRowOf.dup.get(first);
        if (!texts)
          firstRowOf.dup.set(first, (texts = new Map([[fastFold(cases[first].complaint, fold), cases[first].row]])));
        const key = fastFold(c.complaint, fold);
        const earlier = texts.get(key);
        if (earlier !== undefined)
          out.push(makeFinding(ctx.sheet, c.row, ctx.firstCol, null, "duplicate.row", { other: earlier + 1 }));
        else texts.set(key, c.row);
      }
    }
    if (c.seq !== null && columns.seq !== undefined) {
      const first = seqFirst.get(c.seq);
      if (first === undefined) seqFirst.set(c.seq, c.row);
      else
        out.push(
          makeFinding(ctx.sheet, c.row, columns.seq, "seq", "seq.duplicate", { value: c.seq, other: first + 1 }),
        );
    }
    const ck = caseIdKey(c);
    if (ck !== null && columns.caseId !== undefined) {
      const first = firstRowOf.caseId.get(ck);
      if (first === undefined) firstRowOf.caseId.set(ck, c.row);
      else
        out.push(
          makeFinding(ctx.sheet, c.row, columns.caseId, "caseId", "caseId.duplicate", {
            value: c.caseId ?? ck,
            other: first + 1,
          }),
        );
    }
    const earlier = ctx.facts.repeatOf[i];
    if (repeatCol !== undefined && earlier >= 0 && c.repeatTyped !== true && !(bad[i] & FIELD_BIT.repeat)) {
      const e = cases[earlier];
      out.push(
        makeFinding(
          ctx.sheet,
          c.row,
          repeatCol,
          "repeat",
          "repeat.unflagged",
          { date: dayText(e.registeredOn as number), other: e.row + 1 },
          "是",
        ),
      );
    }
  }
  return out;
}
