/**
 * Which newer ExcelApi features this Excel has. Township offices run perpetual Office (2021 stops at
 * ExcelApi 1.14, 2024 at 1.17) as often as Microsoft 365, so every feature above the manifest's
 * baseline is tested at run time and a missing one degrades with a Chinese notice, never an error.
 */

export type Feature = "suspendCalc" | "rangeAreas" | "cellEditWait" | "mergedAreas" | "notes" | "undoGroup";

export type SupportsFn = (set: string, version: string) => boolean;

interface FeatureSpec {
  version: string;
  /** Shown in the pane when missing; undefined when the loss is invisible to the user. */
  notice?: string;
}

export const FEATURES: Record<Feature, FeatureSpec> = {
  suspendCalc: { version: "1.6" },
  rangeAreas: {
    version: "1.9",
    notice: "当前 Excel 版本不支持批量设置单元格底色（ExcelApi 1.9），已改为逐格标色，速度会慢一些。",
  },
  // Without it a command run while a cell is being edited fails; Excel's own message says why.
  cellEditWait: { version: "1.11" },
  mergedAreas: {
    version: "1.13",
    notice: "当前 Excel 版本无法读取合并单元格（ExcelApi 1.13），两行表头请尽量不要合并单元格，或升级 Excel。",
  },
  notes: {
    version: "1.18",
    notice: "当前 Excel 版本不支持添加批注（ExcelApi 1.18），问题说明请在“校验结果”工作表中查看。",
  },
  undoGroup: {
    version: "1.20",
    notice: "当前 Excel 版本不能用 Ctrl+Z 撤销本助手的修改，请使用助手中的“撤销上次操作”。",
  },
};

export type Capabilities = Record<Feature, boolean>;

export function detectCapabilities(supports: SupportsFn): Capabilities {
  const caps = {} as Capabilities;
  for (const key of Object.keys(FEATURES) as Feature[]) caps[key] = safeSupports(supports, FEATURES[key].version);
  return caps;
}

/** Chinese notices for every missing feature that the user would notice. */
export function capabilityNotices(caps: Capabilities): string[] {
  const out: string[] = [];
  for (const key of Object.keys(FEATURES) as Feature[]) {
    const notice = FEATURES[key].notice;
    if (!caps[key] && notice) out.push(notice);
  }
  return out;
}

function safeSupports(supports: SupportsFn, version: string): boolean {
  try {
    return supports("ExcelApi", version);
  } catch {
    // Outside Office (or an old host without the requirements API) nothing newer is available.
    return false;
  }
}
