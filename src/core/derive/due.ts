/** 化解时限 (DOMAIN.md §3.1). */
import type { Day } from "../day";
import type { CaseRecord, ConfigParams } from "../model";

/**
 * The typed 化解时限, else registeredOn + 办理时限天数 (+ 延期天数 when extended). Calendar days, the
 * start day not counted (《民法典》 art. 201): 2023-03-01 + 60 = 2023-04-30. 节假日顺延 needs a
 * holiday calendar the core does not have, so it is not applied (docs/validation.md).
 */
export function dueOnOf(c: CaseRecord, p: ConfigParams): Day | null {
  if (c.dueOnTyped !== null) return c.dueOnTyped;
  if (c.registeredOn === null) return null;
  return c.registeredOn + p.handlingDays + (c.extended ? p.extensionDays : 0);
}
