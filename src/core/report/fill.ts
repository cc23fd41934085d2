/**
 * Filling the user's report sheet in place (§6.2). The sheet is read as blocks: a run of header
 * rows (column labels, merged parents included) followed by label rows; a blank row ends a block.
 * Rows outside any header block are read as single values (`积案总数 | ___`). A number is written
 * only where a recognised row label meets a recognised column label, into a cell that is empty or
 * holds a number: never over a formula or text, never inside a merge, never touching formats
 * (a percentage format is asked for only where the cell has none).
 *
 * Decision: a metric whose label appears twice (two 来信 rows) is written to both places, with a
 * note, since both are the user's and both would otherwise be left stale.
 */
import { a1, type SheetGrid } from "../grid";
import type { CellWrite } from "../patch";
import { isCorner, isMeaningful, parseLabel, type LabelContext } from "./label-parse";
import type { Token } from "./label-table";
import type { Metrics } from "./metrics";
import { isRateKey, resolveTokens } from "./resolve";
import { MAX_COLS, MAX_ROWS, SheetView } from "./sheet-view";

export interface FilledCell {
  cell: string;
  metric: string;
  /** null: the metric has no value (e.g. 同比 with a zero base); the cell is left or made empty. */
  value: number | null;
}

export interface UnrecognizedLabel {
  cell: string;
  label: string;
}

export interface FillOptions {
  /** Chinese, prefixed to every write's reason, e.g. `2023年5月月报`. */
  reason?: string;
  /** The report month: lets labels such as `2023年1-5月`, `5月`, `2022年同期` be read. */
  month?: LabelContext;
}

export interface FillResult {
  cells: FilledCell[];
  unrecognized: UnrecognizedLabel[];
  writes: CellWrite[];
  /** Chinese remarks: cells left alone and why, duplicate labels, empty ratios. */
  notes: string[];
}

interface Label {
  row: number;
  col: number;
  raw: string;
  tokens?: Token[];
  ignored: boolean;
}

interface Column {
  col: number;
  tokens: Token[];
  caption: string;
}

class Filler {
  readonly view: SheetView;
  readonly result: FillResult = { cells: [], unrecognized: [], writes: [], notes: [] };
  private readonly reported = new Set<string>();
  private readonly written = new Map<string, string>();

  constructor(
    private readonly sheet: SheetGrid,
    private readonly metrics: Metrics,
    private readonly opts: FillOptions,
  ) {
    this.view = new SheetView(sheet);
  }

  label(r: number, c: number): Label | undefined {
    const t = this.view.textAt(r, c);
    if (!t) return undefined;
    const p = parseLabel(t.text, this.opts.month);
    return { row: t.row, col: t.col, raw: t.text.trim(), tokens: p.tokens, ignored: p.ignored };
  }

  report(l: Label): void {
    const cell = a1(l.row, l.col);
    if (l.ignored || this.reported.has(cell)) return;
    this.reported.add(cell);
    this.result.unrecognized.push({ cell, label: l.raw });
  }

  /** Text cells of a row, left to right, one per merge. */
  texts(r: number): Label[] {
    const out: Label[] = [];
    for (let c = 0; c < this.view.width; c++) {
      if (this.view.kind(r, c) !== "text") continue;
      const l = this.label(r, c);
      if (l) out.push(l);
    }
    return out;
  }

  rowHas(r: number, kinds: string[]): boolean {
    for (let c = 0; c < this.view.width; c++) if (kinds.includes(this.view.kind(r, c))) return true;
    return false;
  }

  isBlank(r: number): boolean {
    for (let c = 0; c < this.view.width; c++) {
      const k = this.view.kind(r, c);
      if (k !== "empty" && k !== "covered") return false;
      if (k === "covered" && this.view.mergeAt(r, c)!.r1 === r) return false;
    }
    return true;
  }

  /**
   * Header rows, decided bottom-up: at least two contiguous text cells, no values, something
   * recognised, and under one of its column labels (a meaningful text other than the first) a
   * value cell or another header row. A label row with a caption column (`积案 | 合计 | ___`) has a
   * text under its second text instead.
   */
  headerRows(): boolean[] {
    const h = this.view.height;
    const header = new Array<boolean>(h + 1).fill(false);
    for (let r = h - 1; r >= 0; r--) {
      if (this.rowHas(r, ["number", "formula", "mark"])) continue;
      const texts = this.texts(r);
      if (texts.length < 2 || !texts.some((t) => isMeaningful(t.tokens))) continue;
      let contiguous = true;
      for (let c = texts[0].col; c <= texts[texts.length - 1].col && contiguous; c++) {
        const k = this.view.kind(r, c);
        contiguous = k === "text" || k === "covered";
      }
      if (!contiguous) continue;
      header[r] = texts
        .slice(1)
        .some((t) => isMeaningful(t.tokens) && (this.view.kind(r + 1, t.col) !== "text" || header[r + 1]));
    }
    return header;
  }

  /** Column labels of a header block: the words of every header cell above each column. */
  columns(rows: number[]): Column[] {
    const out: Column[] = [];
    for (let c = 0; c < this.view.width; c++) {
      const tokens: Token[] = [];
      const captions: string[] = [];
      let bad: Label | undefined;
      let fillerOnly: Label | undefined;
      const seen = new Set<string>();
      for (const r of rows) {
        const l = this.label(r, c);
        if (!l || seen.has(`${l.row},${l.col}`)) continue;
        seen.add(`${l.row},${l.col}`);
        if (l.ignored || isCorner(l.tokens)) continue;
        if (!l.tokens) bad = l;
        else if (!isMeaningful(l.tokens)) fillerOnly ??= l;
        else {
          tokens.push(...l.tokens);
          captions.push(l.raw);
        }
      }
      if (bad) this.report(bad);
      else if (isMeaningful(tokens)) out.push({ col: c, tokens, caption: captions.join("/") });
      else if (fillerOnly) this.report(fillerOnly);
    }
    return out;
  }

  run(): FillResult {
    if (this.view.truncated)
      this.result.notes.push(
        `“${this.sheet.name}”超过 ${MAX_ROWS} 行或 ${MAX_COLS} 列，只读取了前面部分。请确认这是月报表。`,
      );
    const header = this.headerRows();
    let block: Column[] | undefined;
    for (let r = 0; r < this.view.height; r++) {
      if (header[r]) {
        const start = r;
        while (header[r + 1]) r++;
        block = this.columns(Array.from({ length: r - start + 1 }, (_, i) => start + i));
        continue;
      }
      if (this.isBlank(r)) {
        block = undefined;
        continue;
      }
      if (block && block.length > 0) this.tableRow(r, block);
      else this.singleValues(r);
    }
    return this.result;
  }

  /** A label row under a header block: the label is the rightmost text left of the first value column. */
  tableRow(r: number, cols: Column[]): void {
    const first = cols[0].col;
    const slots = cols.filter((c) => this.view.kind(r, c.col) !== "covered");
    if (slots.length === 0) return; // a section caption merged across the table
    const labels: Label[] = [];
    for (let c = 0; c < first; c++) {
      const l = this.label(r, c);
      if (l && !labels.some((x) => x.row === l.row && x.col === l.col)) labels.push(l);
    }
    const main = labels[labels.length - 1];
    if (!main || main.ignored) return;
    if (!isMeaningful(main.tokens)) {
      if (!isCorner(main.tokens)) this.report(main);
      return;
    }
    // Captions to the left (`积案` over `组织人事问题类`) add their meaning when they have one.
    const rowTokens = labels.flatMap((l) => (l === main || !l.tokens ? [] : l.tokens)).concat(main.tokens ?? []);
    for (const col of slots) this.place(r, col.col, rowTokens.concat(col.tokens), `${main.raw}/${col.caption}`);
  }

  /** Outside header blocks: each label followed by a value cell (`积案总数 | ___ | 化解率 | ___`). */
  singleValues(r: number): void {
    for (let c = 0; c < this.view.width; c++) {
      if (this.view.kind(r, c) !== "text") continue;
      const l = this.label(r, c)!;
      const next = this.view.endCol(r, c) + 1;
      c = next - 1;
      if (next >= this.view.width) continue;
      const k = this.view.kind(r, next);
      if (k === "text" || k === "covered") continue;
      if (l.ignored) continue;
      if (!l.tokens || !isMeaningful(l.tokens)) {
        if (!isCorner(l.tokens)) this.report(l);
        continue;
      }
      this.place(r, next, l.tokens, l.raw);
    }
  }

  place(r: number, c: number, tokens: Token[], caption: string): void {
    const cell = a1(r, c);
    const kind = this.view.kind(r, c);
    if (kind === "mark") {
      // `—` or `/`: the user marked the cell as not applicable. A number typed as text is noted.
      if (/\d/.test(String(this.view.value(r, c))))
        this.result.notes.push(`${cell}（${caption}）是文本格式的数字，未改写。`);
      return;
    }
    const res = resolveTokens(tokens);
    if ("why" in res) {
      this.result.notes.push(`${cell}（${caption}）：${res.why}，未填写。`);
      return;
    }
    if (!(res.key in this.metrics)) {
      this.result.notes.push(`${cell}（${caption}）：没有这项统计，未填写。`);
      return;
    }
    if (kind === "formula") {
      this.result.notes.push(`${cell}（${caption}）是公式，未改写。`);
      return;
    }
    if (kind !== "empty" && kind !== "number") {
      this.result.notes.push(`${cell}（${caption}）已有内容（文字或错误值），未改写。`);
      return;
    }
    const value = this.metrics[res.key];
    const before = this.written.get(res.key);
    if (before) this.result.notes.push(`${caption}在 ${before} 和 ${cell} 重复出现，两处都已填写。`);
    else this.written.set(res.key, cell);
    this.result.cells.push({ cell, metric: res.key, value });
    const previous = this.view.value(r, c);
    const reason = `${this.opts.reason ? this.opts.reason + "：" : ""}${caption}`;
    if (value === null) {
      this.result.notes.push(`${cell}（${caption}）：基数为0，无法计算，留空。`);
      if (kind === "number")
        this.result.writes.push({ sheet: this.sheet.name, row: r, col: c, value: { kind: "blank" }, previous, reason });
      return;
    }
    const percent = isRateKey(res.key) && !this.view.hasOwnFormat(r, c);
    this.result.writes.push({
      sheet: this.sheet.name,
      row: r,
      col: c,
      value: percent ? { kind: "number", value, percent: true } : { kind: "number", value },
      previous,
      reason,
    });
  }
}

export function fillTemplate(sheet: SheetGrid, metrics: Metrics, opts: FillOptions = {}): FillResult {
  return new Filler(sheet, metrics, opts).run();
}
