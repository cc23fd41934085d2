import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { errorText } from "../../app/session";
import type { OpenedWorkbook, OpenWorkbook } from "../workbook/opened";
import { Pane } from "./Pane";

const useStyles = makeStyles({
  header: {
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: 600, color: "#c41e3a" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  file: { fontWeight: 600 },
  hidden: { display: "none" },
  link: { color: tokens.colorBrandForeground1 },
  intro: { padding: "12px", display: "flex", flexDirection: "column", gap: "8px" },
  steps: { margin: 0, paddingLeft: "20px", lineHeight: tokens.lineHeightBase400 },
});

/** What the empty page says before a file is picked. */
const STEPS: readonly string[] = [
  "点击“选择台账文件”，选中本镇的信访台账（.xlsx；WPS 表格请先另存为 .xlsx）。",
  "在“校验”页运行校验，问题单元格会标色并加批注，汇总到“校验结果”工作表。",
  "在“分类与包案”页预览并应用问题类别、包案领导和化解时限。",
  "在“月报”页选择月份，生成月报。",
  "点击“下载处理结果”，保存处理后的文件（原文件不会被改动）。",
];

export interface StandaloneProps {
  /** In the engine worker (workbook/remote.ts) or on this thread (workbook/opened.ts): index.tsx chooses. */
  open: OpenWorkbook;
}

/**
 * The page opened outside Office: pick an .xlsx, run the same commands in the browser, download
 * the result. Nothing is uploaded: the file is read with the File API and written to a Blob.
 */
export function Standalone(props: StandaloneProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [opened, setOpened] = React.useState<{ doc: OpenedWorkbook; generation: number }>();
  const [error, setError] = React.useState<string>();
  const [download, setDownload] = React.useState<{ url: string; name: string }>();
  const [modified, setModified] = React.useState(false);

  React.useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);

  const pick = async (e: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setError(undefined);
    try {
      const doc = await props.open(new Uint8Array(await file.arrayBuffer()), file.name);
      setOpened((prev) => ({ doc, generation: (prev?.generation ?? 0) + 1 }));
      setDownload(undefined);
      setModified(false);
    } catch (err) {
      setError(errorText(err));
    }
  };

  const prepareDownload = async (): Promise<void> => {
    if (!opened) return;
    let bytes: Uint8Array;
    try {
      bytes = await opened.doc.bytes();
    } catch (err) {
      setError(errorText(err));
      return;
    }
    const blob = new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const next = { url: URL.createObjectURL(blob), name: opened.doc.outputName() };
    setDownload(next);
    // Start the download at once; the link stays for a second try.
    const a = document.createElement("a");
    a.href = next.url;
    a.download = next.name;
    a.click();
  };

  const actions = opened?.doc.actions;
  const onChanged = React.useCallback(() => {
    if (opened?.doc.modified) setModified(true);
    setDownload(undefined);
  }, [opened]);

  return (
    <div>
      <div className={styles.header}>
        <Text className={styles.title}>信访台账助手</Text>
        <Text size={200}>
          未在 Excel
          中运行：可在浏览器中打开台账文件（.xlsx），完成校验、分类与包案、月报后下载结果。文件只在本机浏览器中处理，不会上传。
        </Text>
        <div className={styles.row}>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.hidden}
            onChange={(e) => void pick(e)}
            data-testid="file-input"
          />
          <Button appearance={opened ? "secondary" : "primary"} onClick={() => input.current?.click()}>
            {opened ? "换一个文件" : "选择台账文件"}
          </Button>
          {opened && <Text className={styles.file}>{opened.doc.fileName}</Text>}
          {opened && modified && (
            <Button appearance="primary" onClick={() => void prepareDownload()} data-testid="download">
              下载处理结果
            </Button>
          )}
          {download && (
            <a className={styles.link} href={download.url} download={download.name}>
              {download.name}
            </a>
          )}
        </div>
      </div>
      {error && (
        <MessageBar intent="error" data-testid="open-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!opened && (
        <div className={styles.intro}>
          <Text weight="semibold">使用步骤</Text>
          <ol className={styles.steps}>
            {STEPS.map((step) => (
              <li key={step}>
                <Text size={300}>{step}</Text>
              </li>
            ))}
          </ol>
        </div>
      )}
      {opened && actions && (
        <Pane
          key={opened.generation}
          actions={actions}
          notices={opened.doc.notices()}
          selectionHint="独立页面中无法滚动到单元格，请在下载的文件中查看"
          onChanged={onChanged}
        />
      )}
    </div>
  );
}
