/**
 * Errors that mean "too big for V8", told apart so the message gives the right remedy. They are
 * catchable, unlike running out of heap (a fatal error). A text past ~536 M characters (a sheet's XML decoded whole, a JSON, a written part): RangeError "Invalid
 * string length" or Node's ERR_STRING_TOO_LONG — more memory does not help, only a smaller ledger.
 * An ArrayBuffer or array the allocator refuses: more memory may help.
 */
const TOO_LONG = /Invalid string length/;
const NO_MEMORY = /Array buffer allocation failed|Invalid typed array length|Invalid array length/;

function errorCode(e: unknown): unknown {
  return typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
}

/** Which limit `e` is, if it is one. */
export function tooBig(e: unknown): "text" | "memory" | undefined {
  if (errorCode(e) === "ERR_STRING_TOO_LONG") return "text";
  // By name, not instanceof: an error thrown inside Node may come from another realm (jest's sandbox).
  if (typeof e !== "object" || e === null || !("name" in e) || e.name !== "RangeError" || !("message" in e)) {
    return undefined;
  }
  const message = String(e.message);
  if (TOO_LONG.test(message)) return "text";
  return NO_MEMORY.test(message) ? "memory" : undefined;
}
