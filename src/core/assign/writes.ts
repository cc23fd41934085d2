/** The assignments and cell writes of a plan, collected in sheet order. */
import { dayFromExcelSerial, isoDay } from "../day";
import { a1, columnLetters, isCellError, type CellValue, type SheetGrid } from "../grid";
import type { CaseRecord, LedgerLayout } from "../model";
import type { CellWrite, NewColumn, WriteValue } from "../patch";
import { cellText } from "../parse/text";
import { isEmptyCell } from "./blank";
import { resolveColumns } from "./columns";
import type { AssignedField, Assignment } from "./types";

/** A memo for per-row strings that repeat (a ledger has a few thousand distinct days over 100k rows). */
export function memo<K>(make: (key: K) => string): (key: K) => string {
  const seen = new Map<K, string>();
  return (key) => {
    let s = seen.get(key);
    if (s === undefined) seen.set(key, (s = make(key)));
    return s;
  };
}

function previousText(field: AssignedField, v: CellValue): string | null {
  if (isEmptyCell(v)) return null;
  if (field === "dueOn" && typeof v === "number" && !isCellError(v)) return isoDay(dayFromExcelSerial(v));
  return cellText(v);
}

/**
 * Collects writes in sheet order. Fields without a column get theirs only at the end (resolveColumns),
 * so their writes wait in `later` and their cells are filled in then.
 */
export class Writes {
  private readonly assignments: Assignment[] = [];
  private readonly writes: CellWrite[] = [];
  private readonly later: number[] = [];
  private readonly used = new Set<AssignedField>();
  private readonly texts = new Map<string, WriteValue>();
  private readonly letters = memo(columnLetters);

  /** Write values are immutable; one per distinct text (a few dozen names and categories) spares 100k objects. */
  private text(value: string): WriteValue {
    let v = this.texts.get(value);
    if (!v) this.texts.set(value, (v = { kind: "text", text: value }));
    return v;
  }

  constructor(
    private readonly layout: LedgerLayout,
    private readonly sheet: SheetGrid | undefined,
  ) {}

  add(
    c: CaseRecord,
    field: AssignedField,
    value: string,
    reason: string,
    write: WriteValue | undefined,
    previous: CellValue,
  ): void {
    const col = this.layout.columns[field];
    if (col === undefined) {
      this.used.add(field);
      this.later.push(this.writes.length);
    }
    this.assignments.push({
      row: c.row + 1,
      cell: col === undefined ? field : this.letters(col) + (c.row + 1),
      field,
      value,
      previous: previousText(field, previous),
      reason,
    });
    this.writes.push({
      sheet: this.layout.sheet,
      row: c.row,
      col: col ?? -1,
      value: write ?? this.text(value),
      previous,
      reason,
    });
  }

  finish(): {
    assignments: Assignment[];
    writes: CellWrite[];
    newColumns: NewColumn[];
    columnOf: (f: AssignedField) => number | undefined;
  } {
    const { columns, added } = resolveColumns(this.layout, this.used, this.sheet);
    for (const k of this.later) {
      const col = columns.get(this.assignments[k].field) as number;
      this.writes[k].col = col;
      this.assignments[k].cell = a1(this.writes[k].row, col);
    }
    return {
      assignments: this.assignments,
      writes: this.writes,
      newColumns: added,
      columnOf: (f: AssignedField) => columns.get(f),
    };
  }
}
