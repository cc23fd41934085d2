/**
 * The marks bookkeeping both hosts keep in the workbook (a veryHidden sheet), one format for the
 * file host (src/hosts/file/mark-book.ts) and the Excel add-in (src/hosts/excel/marks-store.ts), so
 * either can undo the other's marks:
 *
 *   工作表 | 单元格 | 原样式 | 标记样式 | 原底色 | 原批注
 */
export const MARKS_SHEET = "_xinfang_marks";
export const MARKS_HEADER = ["工作表", "单元格", "原样式", "标记样式", "原底色", "原批注"];
/** The 原底色 header: in the third column of the add-in's old 4-column format, the fifth now. */
export const FILL_HEADER = "原底色";
/** 原底色 of a fill the file host could not name (pattern, gradient, system colour, a 4-column row). */
export const UNKNOWN_FILL = "未知";
/** The author of the file host's notes: a note signed so is a mark, not the clerk's. */
export const NOTE_AUTHOR = "信访台账助手";
