/**
 * JSON.stringify(value, null, 2) in pieces. One string for the findings of a million-row ledger
 * passes V8's maximum string length ("Invalid string length"); arrays and objects are walked here
 * and only their leaves stringified, so each piece stays small. Same text as JSON.stringify.
 */
export function* jsonPieces(value: unknown, indent = ""): Generator<string> {
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i ? "," : ""}\n${inner}`;
      const v: unknown = value[i];
      // As JSON.stringify: undefined and functions in arrays become null.
      yield* v === undefined || typeof v === "function" ? ["null"] : jsonPieces(v, inner);
    }
    return yield `\n${indent}]`;
  }
  if (value !== null && typeof value === "object" && !("toJSON" in value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
    if (entries.length === 0) return yield "{}";
    yield "{";
    for (let i = 0; i < entries.length; i++) {
      yield `${i ? "," : ""}\n${inner}${JSON.stringify(entries[i][0])}: `;
      yield* jsonPieces(entries[i][1], inner);
    }
    return yield `\n${indent}}`;
  }
  yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}
