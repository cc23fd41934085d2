/**
 * The one file that touches the globals `Excel` and `Office`: it builds an ExcelHost wired to the
 * real Office.js. Everything else receives `run` and `supports` by injection so the test double can
 * stand in for Excel.
 */
import { ExcelHost, type ExcelHostOptions } from "./host";
import type { RunFn, XlContext } from "./om";

// Compile-time guard: the real request context must satisfy the slice of the object model the host
// uses (om.ts). If Office.js and om.ts ever disagree, this line stops the build.
const realContextFits = (context: Excel.RequestContext): XlContext => context;
void realContextFits;

const officeRun: RunFn = (options, batch) => Excel.run(options as Excel.RunOptions, (context) => batch(context));

function officeSupports(set: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(set, version);
}

export function createOfficeExcelHost(options: Partial<ExcelHostOptions> = {}): ExcelHost {
  return new ExcelHost({ run: officeRun, supports: officeSupports, ...options });
}
