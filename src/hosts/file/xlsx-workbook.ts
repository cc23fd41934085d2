/**
 * An .xlsx opened from bytes, read as grids and edited in place. Everything the add-in does not
 * change keeps its exact bytes; see docs/xlsx-host.md for what is rewritten and why.
 */
import { a1, parseA1, type SheetGrid, type WorkbookGrid } from "../../core/grid";
import { dayFromIso } from "../../core/day";
import type { CellWrite, NewColumn, OwnedSheet, Patch } from "../../core/patch";
import { UserError } from "../port";
import { cellEdit, type CellPlan } from "./cell-plan";
import { notesBeforeMarks, replaceNotes, type Note } from "./comments";
import { assertZip, corruptZip, formulaCell, noSheets, notWorkbook, unknownSheet } from "./errors";
import { byAddIn, markBookSheet, readMarkBook, MARK_SHEET, type MarkRecord } from "./mark-book";
import { ownedSheetXml } from "./owned-sheet";
import { CONTENT_TYPE, OpcPackage, REL, relTypeIs } from "./package";
import { parseSharedStrings } from "./shared-strings";
import { sheetEditList, type CellEdit } from "./sheet-edit";
import { FileSheetGrid } from "./sheet-grid";
import { COLS, scanSheet, type ScannedSheet } from "./sheet-scan";
import { Styles } from "./styles";
import { sameText, spliceParts } from "./xml";
import {
  appendSheet,
  isDate1904,
  readSheetEntries,
  requestFullCalc,
  setSheetState,
  type SheetEntry,
} from "./workbook-part";

interface Sheet extends SheetEntry {
  /** Worksheet part name; undefined for chart sheets and dialog sheets (not in the grid). */
  part?: string;
}

export class XlsxWorkbook {
  private readonly pkg: OpcPackage;
  private readonly workbookPart: string;
  private sheets: Sheet[];
  private readonly date1904: boolean;
  private sst: string[] | undefined;
  private stylesCache: Styles | undefined;
  private readonly scans = new Map<string, ScannedSheet>();

  private constructor(pkg: OpcPackage, workbookPart: string) {
    this.pkg = pkg;
    this.workbookPart = workbookPart;
    const xml = pkg.getText(workbookPart)!;
    this.date1904 = isDate1904(xml);
    this.sheets = this.readSheets(xml);
  }

  /** Opens a workbook; throws a UserError (Chinese, naming the file) when the bytes are not a usable .xlsx. */
  static open(bytes: Uint8Array, fileName?: string): XlsxWorkbook {
    assertZip(bytes, fileName);
    let pkg: OpcPackage;
    try {
      pkg = new OpcPackage(bytes);
    } catch {
      // ZipFormatError, or fflate's errors on a damaged archive: the user's remedy is the same.
      throw corruptZip(fileName);
    }
    const rootRel = pkg.rels("").find((r) => relTypeIs(r.type, REL.officeDocument) && r.part && pkg.has(r.part));
    const workbookPart = rootRel?.part ?? (pkg.has("xl/workbook.xml") ? pkg.resolve("xl/workbook.xml")! : undefined);
    if (!workbookPart) throw notWorkbook(fileName);
    let wb: XlsxWorkbook;
    try {
      wb = new XlsxWorkbook(pkg, workbookPart);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw corruptZip(fileName);
    }
    if (!wb.sheets.some((s) => s.part)) throw noSheets(fileName);
    return wb;
  }

  private readSheets(xml: string): Sheet[] {
    const rels = this.pkg.rels(this.workbookPart);
    return readSheetEntries(xml).map((s) => {
      const rel = rels.find((r) => r.id === s.relId);
      const isWorksheet = rel && relTypeIs(rel.type, REL.worksheet) && rel.part && this.pkg.has(rel.part);
      return { ...s, part: isWorksheet ? this.pkg.resolve(rel.part!) : undefined };
    });
  }

  /** The theme part, which names the theme colours of fills for the marks book. */
  private themeXml(): string | undefined {
    const rel = this.pkg.rels(this.workbookPart).find((r) => relTypeIs(r.type, REL.theme) && r.part);
    return rel?.part && this.pkg.has(rel.part) ? this.pkg.getText(rel.part) : undefined;
  }

  private get styles(): Styles {
    if (!this.stylesCache) {
      const part = this.stylesPart();
      this.stylesCache = new Styles(part ? this.pkg.getText(part) : undefined, this.themeXml());
    }
    return this.stylesCache;
  }

  private stylesPart(): string | undefined {
    return this.pkg.rels(this.workbookPart).find((r) => relTypeIs(r.type, REL.styles) && r.part && this.pkg.has(r.part))
      ?.part;
  }

  private sharedStrings(): string[] {
    if (!this.sst) {
      const rel = this.pkg.rels(this.workbookPart).find((r) => relTypeIs(r.type, REL.sharedStrings) && r.part);
      this.sst = parseSharedStrings(rel?.part ? this.pkg.getText(rel.part) : undefined);
    }
    return this.sst;
  }

  private scan(part: string): ScannedSheet {
    let s = this.scans.get(part);
    if (!s) {
      const styles = this.styles;
      s = scanSheet(this.pkg.getText(part) ?? "", this.sharedStrings(), styles.dateXfs(), this.date1904);
      this.scans.set(part, s);
    }
    return s;
  }

  /** The workbook as grids (worksheets only, without the add-in's own bookkeeping sheet). */
  grid(): WorkbookGrid {
    const sheets: SheetGrid[] = [];
    for (const s of this.sheets) {
      if (!s.part || s.name === MARK_SHEET) continue;
      sheets.push(new FileSheetGrid(s.name, s.state !== "visible", () => this.scan(s.part!), this.styles));
    }
    return { sheets };
  }

  /** Sheet names in workbook order with their visibility (for tests and the CLI's messages). */
  sheetList(): { name: string; state: string }[] {
    return this.sheets.map((s) => ({ name: s.name, state: s.state }));
  }

  private sheetNamed(name: string): Sheet | undefined {
    return (
      this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
    );
  }

  // ---------------------------------------------------------------- apply

  /** Applies a patch to the package. Checks everything first, so a refused patch changes nothing. */
  apply(patch: Patch): void {
    const plans = new Map<string, Map<number, CellPlan>>();
    const planFor = (sheet: string, row: number, col: number): CellPlan => {
      let m = plans.get(sheet);
      if (!m) plans.set(sheet, (m = new Map()));
      const key = row * COLS + col;
      let p = m.get(key);
      if (!p) m.set(key, (p = {}));
      return p;
    };
    const owned = patch.ownedSheets.filter((o) => o.name !== MARK_SHEET);
    const ownedNames = new Set(owned.map((o) => o.name));

    for (const w of patch.writes) this.checkWrite(w, ownedNames);
    for (const o of owned) {
      const clash = this.sheetNamed(o.name);
      if (clash && !clash.part)
        throw new UserError(`工作簿中已有名为“${o.name}”的图表工作表。请将其改名后再试。`, "invalid");
    }
    for (const w of patch.writes) planFor(w.sheet, w.row, w.col).write = w.value;
    for (const c of patch.newColumns) this.planNewColumn(c, plans.get(c.sheet), planFor);

    const book = this.readBook();
    const remarked = new Set(patch.marks.map((m) => m.sheet));
    for (const sm of patch.marks) {
      if (!this.sheetNamed(sm.sheet)?.part) throw unknownSheet(sm.sheet);
      for (const rec of book.filter((r) => r.sheet === sm.sheet)) {
        const at = parseA1(rec.ref);
        if (at) planFor(sm.sheet, at.row, at.col).restore = rec;
      }
      for (const m of sm.marks) planFor(sm.sheet, m.row, m.col).mark = m;
      if (!plans.has(sm.sheet)) plans.set(sm.sheet, new Map());
    }

    this.applyOwnedSheets(owned);
    // Records of sheets not re-marked now stay as read, whichever host made them (see mark-book.ts).
    const newBook: MarkRecord[] = book.filter((r) => !remarked.has(r.sheet));
    for (const [sheetName, cells] of plans) {
      const sheet = this.sheetNamed(sheetName)!;
      const foreignNotes = new Map(
        book
          .filter((r) => r.sheet === sheetName && byAddIn(r) && r.note !== undefined)
          .map((r) => [r.ref, r.note ?? null] as const),
      );
      const notesBefore = remarked.has(sheetName)
        ? notesBeforeMarks(this.pkg, sheet.part!, foreignNotes)
        : new Map<string, string>();
      const ctx = { sheet: sheet.name, styles: this.styles, date1904: this.date1904, book: newBook, notesBefore };
      const edits = new Map<number, Map<number, CellEdit>>();
      for (const [key, plan] of cells) {
        const row = Math.floor(key / COLS);
        const col = key % COLS;
        let rowEdits = edits.get(row);
        if (!rowEdits) edits.set(row, (rowEdits = new Map()));
        rowEdits.set(col, cellEdit(ctx, plan));
      }
      const before = this.pkg.getText(sheet.part!)!;
      const columnWidths = patch.newColumns
        .filter((c) => c.sheet === sheetName)
        .map((c) => ({ from: c.styleFromCol, to: c.col }));
      const sheetEdits = sheetEditList(before, { cells: edits, dropCreatedEmptyRows: true, columnWidths });
      if (remarked.has(sheetName)) {
        const notes: Note[] = patch.marks
          .filter((m) => m.sheet === sheetName)
          .flatMap((m) => m.marks.map((k) => ({ row: k.row, col: k.col, text: k.note })));
        sheetEdits.push(...replaceNotes(this.pkg, sheet.part!, before, notes, foreignNotes));
      }
      // Kept as pieces (mostly slices of `before`): joining a 228 MB sheet would copy it once more,
      // and the package encodes the pieces straight into the UTF-8 it deflates.
      const pieces = spliceParts(before, sheetEdits);
      if (sheetEdits.length && !sameText(before, pieces)) {
        this.pkg.setText(sheet.part!, pieces);
        this.scans.delete(sheet.part!);
      }
    }
    if (patch.marks.length) this.writeBook(newBook);
    if (patch.writes.length) this.updateWorkbookXml(requestFullCalc);
    this.saveStyles();
  }

  private checkWrite(w: CellWrite, ownedNames: Set<string>): void {
    const sheet = this.sheetNamed(w.sheet);
    if (!sheet?.part) {
      if (ownedNames.has(w.sheet)) throw new UserError(`不能同时重建并改写工作表“${w.sheet}”。`, "invalid");
      throw unknownSheet(w.sheet);
    }
    if (this.scan(sheet.part).formulas.has(w.row * COLS + w.col)) throw formulaCell(sheet.name, a1(w.row, w.col));
    if (w.value.kind === "date" && dayFromIso(w.value.iso) === undefined) {
      throw new UserError(`写入 ${a1(w.row, w.col)} 的日期“${w.value.iso}”无效。`, "invalid");
    }
  }

  /** The header cell, and the style source of every data cell written in the new column. */
  private planNewColumn(
    c: NewColumn,
    sheetPlans: Map<number, CellPlan> | undefined,
    planFor: (s: string, r: number, c: number) => CellPlan,
  ): void {
    const sheet = this.sheetNamed(c.sheet);
    if (!sheet?.part) throw unknownSheet(c.sheet);
    const scanned = this.scan(sheet.part);
    for (const [key, plan] of sheetPlans ?? []) {
      const row = Math.floor(key / COLS);
      if (key % COLS === c.col && row > c.headerRow && plan.write)
        plan.baseStyle = scanned.styles[row]?.[c.styleFromCol];
    }
    if (scanned.formulas.has(c.headerRow * COLS + c.col)) throw formulaCell(sheet.name, a1(c.headerRow, c.col));
    const header = planFor(c.sheet, c.headerRow, c.col);
    header.write = { kind: "text", text: c.header };
    header.baseStyle = scanned.styles[c.headerRow]?.[c.styleFromCol] ?? 0;
  }

  // ---------------------------------------------------------------- owned sheets

  private applyOwnedSheets(owned: readonly OwnedSheet[]): void {
    for (const o of owned) {
      const existing = this.sheetNamed(o.name);
      if (existing && o.ifAbsent) continue;
      this.putSheet(o, o.hidden ? "hidden" : undefined);
    }
  }

  /** Creates a sheet at the end, or replaces an existing one's content in its position. */
  private putSheet(o: OwnedSheet, state: SheetEntry["state"] | undefined): void {
    const existing = this.sheetNamed(o.name);
    const xml = ownedSheetXml(o, this.styles);
    if (existing?.part) {
      this.dropSheetRels(existing.part);
      this.pkg.setText(existing.part, xml);
      this.scans.delete(existing.part);
      if (state && existing.state !== state) this.updateWorkbookXml((w) => setSheetState(w, existing.relId, state));
      return;
    }
    const part = this.pkg.freeName("xl/worksheets/sheet", ".xml");
    this.pkg.setText(part, xml);
    this.pkg.ensureContentType(part, CONTENT_TYPE.worksheet);
    const relId = this.pkg.addRel(this.workbookPart, REL.worksheet, part);
    this.updateWorkbookXml((w) => appendSheet(w, o.name, relId, state ?? "visible").xml);
  }

  /** A replaced owned sheet starts clean: its old comments and drawings go with its relationships. */
  private dropSheetRels(part: string): void {
    const rels = this.pkg.rels(part);
    for (const r of rels) {
      if (r.part && (relTypeIs(r.type, REL.comments) || relTypeIs(r.type, REL.vmlDrawing))) this.pkg.remove(r.part);
    }
    if (rels.length) this.pkg.remove(this.pkg.relsPartOf(part));
  }

  private updateWorkbookXml(change: (xml: string) => string): void {
    const before = this.pkg.getText(this.workbookPart)!;
    const after = change(before);
    if (after === before) return;
    this.pkg.setText(this.workbookPart, after);
    this.sheets = this.readSheets(after);
  }

  /** The marks the previous runs left, as recorded in the workbook (see mark-book.ts). */
  markRecords(): MarkRecord[] {
    return this.readBook();
  }

  private readBook(): MarkRecord[] {
    const s = this.sheetNamed(MARK_SHEET);
    return s?.part ? readMarkBook(this.scan(s.part).rows) : [];
  }

  private writeBook(records: MarkRecord[]): void {
    this.putSheet(markBookSheet(records), "veryHidden");
  }

  private saveStyles(): void {
    const styles = this.stylesCache;
    if (!styles || !styles.changed) return;
    let part = this.stylesPart();
    if (!part) {
      part = "xl/styles.xml";
      this.pkg.ensureContentType(part, CONTENT_TYPE.styles);
      this.pkg.addRel(this.workbookPart, REL.styles, part);
    }
    const xml = styles.toXml();
    this.pkg.setText(part, xml);
    // Re-read so indexes and counts continue from what is now in the part.
    this.stylesCache = new Styles(xml, this.themeXml());
  }

  // ---------------------------------------------------------------- output

  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }

  /** The text of a part (for tests and diagnostics). */
  partText(part: string): string | undefined {
    return this.pkg.getText(part);
  }

  /** The worksheet part behind a sheet name. */
  sheetPart(name: string): string | undefined {
    return this.sheetNamed(name)?.part;
  }

  partNames(): string[] {
    return this.pkg.names();
  }
}
