import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReportSummary } from "../../app/session";
import { isMonth, monthTitle } from "../../app/months";
import type { PaneActions, Perform } from "../actions";
import { BarChart } from "./BarChart";
import { MonthPicker } from "./MonthPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  row: { display: "flex", gap: "8px", alignItems: "flex-end" },
  headline: {
    padding: "10px 12px",
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    lineHeight: tokens.lineHeightBase300,
  },
  figures: { display: "grid", gridTemplateColumns: "repeat(2, 1fr)", gap: "6px" },
  figure: {
    padding: "6px 8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: 600, display: "block" },
});

/** The few figures a leader asks for first; the report sheet holds them all. */
const FIGURES: readonly { key: string; label: string }[] = [
  { key: "all.batches.month", label: "本月批次" },
  { key: "all.persons.month", label: "本月人次" },
  { key: "all.batches.ytd", label: "累计批次" },
  { key: "all.persons.ytd", label: "累计人次" },
  { key: "overlevel.batches.month", label: "本月越级访批次" },
  { key: "backlog.open", label: "未化解积案" },
];

export interface ReportTabProps extends Pick<PaneActions, "report"> {
  perform: Perform;
  busy: boolean;
  defaultMonth: string;
  currentYear: number;
}

export function ReportTab(props: ReportTabProps): React.JSX.Element {
  const styles = useStyles();
  const [month, setMonth] = React.useState(props.defaultMonth);
  const [result, setResult] = React.useState<ReportSummary>();

  const run = async (): Promise<void> => {
    const r = await props.perform(
      () => props.report(month),
      (s) =>
        `已填写${monthTitle(s.month)}月报${s.unrecognized.length ? `，有 ${s.unrecognized.length} 个标签未能识别` : ""}。`,
    );
    if (r) setResult(r);
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <MonthPicker value={month} onChange={setMonth} latestYear={props.currentYear} />
        <Button appearance="primary" onClick={run} disabled={props.busy || !isMonth(month)}>
          生成月报
        </Button>
      </div>
      {!result && (
        <Text size={200}>
          统计所选月份的信访总量、来信来访、越级访、集体访、重复访、初信初访办结和积案化解情况，填入“月报”工作表中能识别的单元格，明细写入“月报明细”工作表。
        </Text>
      )}
      {result && (
        <>
          <div className={styles.headline} data-testid="report-headline">
            <Text>{result.headline}</Text>
          </div>
          <div className={styles.figures}>
            {FIGURES.filter((f) => f.key in result.metrics).map((f) => (
              <div key={f.key} className={styles.figure}>
                <Text size={200}>{f.label}</Text>
                <span className={styles.value}>{result.metrics[f.key] ?? "—"}</span>
              </div>
            ))}
          </div>
          <Text weight="semibold">近12个月走势</Text>
          <BarChart series={result.series} title={`截至${monthTitle(result.month)}的近12个月信访批次和人次`} />
          {result.notes.length > 0 && (
            <MessageBar intent="info" data-testid="report-notes">
              <MessageBarBody>
                {result.notes.map((n) => (
                  <div key={n}>{n}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {result.unrecognized.length > 0 && (
            <MessageBar intent="warning" data-testid="unrecognized">
              <MessageBarBody>
                <MessageBarTitle>以下标签未能识别，对应单元格未填写</MessageBarTitle>
                {result.unrecognized.map((u) => `${u.label}（${u.cell}）`).join("、")}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </div>
  );
}
