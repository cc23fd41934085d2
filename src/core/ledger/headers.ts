/**
 * Header text → field, as a lookup table built once from FIELDS (schema/fields.ts).
 *
 * Some synonyms are generic words that also head unrelated columns (`日期`, `状态`, `电话` …). They
 * are "weak": a weak match yields to a column whose header names the same field specifically, so
 * a sheet with both `登记日期` and `日期` reads `登记日期` as registeredOn and ignores `日期`.
 */
import { FIELDS, type FieldKey } from "../schema/fields";
import { normalizeHeader } from "../schema/normalize";

/** Synonyms too generic to claim a column against a specific header (DOMAIN.md §1.1). */
export const WEAK_SYNONYMS: ReadonlySet<string> = new Set([
  "日期",
  "形式",
  "来源",
  "状态",
  "评价",
  "回访",
  "积案",
  "延期",
  "电话",
  "编号",
]);

export interface HeaderMatch {
  field: FieldKey;
  weak: boolean;
  /** Matched through a `parent/child` qualified form. */
  qualified: boolean;
}

const plain = new Map<string, HeaderMatch>();
const qualified = new Map<string, HeaderMatch>();
for (const f of FIELDS) {
  for (const s of [f.label, ...f.synonyms]) {
    const key = normalizeHeader(s);
    if (!plain.has(key)) plain.set(key, { field: f.key, weak: WEAK_SYNONYMS.has(key), qualified: false });
  }
  for (const q of f.qualified ?? []) qualified.set(normalizeHeader(q), { field: f.key, weak: false, qualified: true });
}

/** Trailing explanations clerks add to headers: `登记日期(年月日)`, `信访人(姓名)`. */
const TRAILING_NOTE = /\([^()]*\)$/;

function lookupPlain(text: string): HeaderMatch | undefined {
  const hit = plain.get(text);
  if (hit) return hit;
  const stripped = text.replace(TRAILING_NOTE, "");
  return stripped && stripped !== text ? plain.get(stripped) : undefined;
}

/**
 * The field a header cell names. `parent` is the merged cell above (two-row headers): the qualified
 * form `parent/child` is tried first, then the child alone, then the parent alone.
 */
export function matchHeader(child: string, parent: string): HeaderMatch | undefined {
  if (parent && child) {
    const q = qualified.get(`${parent}/${child}`);
    if (q) return q;
  }
  if (child) {
    const c = lookupPlain(child);
    if (c) return c;
  }
  return parent ? lookupPlain(parent) : undefined;
}

export { normalizeHeader };
