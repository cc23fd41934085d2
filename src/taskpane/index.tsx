/**
 * Entry of dist/taskpane.html. Inside Excel the pane runs on the Office.js host; opened in a plain
 * browser (Office.onReady reports no host, or office.js is absent) it becomes the standalone page
 * over an .xlsx picked by the user, computed in the engine worker when the browser has one.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FileHost } from "../app/file-host";
import { realCore } from "../app/core-wiring";
import { Standalone } from "./components/Standalone";
import { ExcelPane } from "./components/ExcelPane";
import { openLocal, type OpenWorkbook } from "./workbook/opened";
import { EngineClient } from "./workbook/remote";
import type { Port } from "../app/remote/protocol";

/** How long to wait for Office.onReady before treating the page as standalone. */
const OFFICE_TIMEOUT_MS = 4000;

function officeHost(): Promise<string | null> {
  return new Promise((resolve) => {
    if (typeof Office === "undefined") {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS);
    void Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host ? String(info.host) : null);
    });
  });
}

/** Fluent's Segoe UI has no Chinese glyphs: name the Chinese UI fonts of Windows, Mac and Linux next. */
const theme = {
  ...webLightTheme,
  fontFamilyBase:
    '"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
};

function mount(node: React.ReactNode): void {
  const el = document.getElementById("root");
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={theme} style={{ minHeight: "100%" }}>
      {node}
    </FluentProvider>,
  );
}

/**
 * The engine worker's script, named by the build in a meta tag (its file name carries a content
 * hash). Without Worker or the tag, the commands run on this thread as before.
 */
function standaloneOpen(): OpenWorkbook {
  const local = openLocal(realCore, (bytes, name) => FileHost.open(bytes, name));
  const url = document.querySelector<HTMLMetaElement>('meta[name="xinfang-engine"]')?.content;
  if (typeof Worker === "undefined" || !url) return local;
  let worker: Worker;
  try {
    worker = new Worker(url);
  } catch {
    return local; // e.g. a policy that forbids workers: slower, but the page still works
  }
  const client = new EngineClient(worker as unknown as Port);
  worker.onerror = (e) => {
    e.preventDefault();
    client.fail(`后台计算出错：${e.message || "无法加载计算脚本"}。请刷新页面后重试。`);
  };
  return client.open;
}

void officeHost().then((host) => {
  if (host === "Excel") mount(<ExcelPane core={realCore} />);
  else mount(<Standalone open={standaloneOpen()} />);
});
