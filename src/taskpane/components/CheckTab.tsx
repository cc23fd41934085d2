import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, FindingCode, Severity } from "../../core/findings";
import type { CheckSummary } from "../../app/session";
import { codeOptions, countsLine, displayMessage, groupFindings } from "../model/findings";
import type { PaneActions, Perform } from "../actions";

const SHOWN_PER_CODE = 50;

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
  severity: { display: "flex", alignItems: "center", gap: "8px", marginTop: "4px" },
  finding: {
    display: "grid",
    gridTemplateColumns: "52px 1fr",
    gap: "6px",
    width: "100%",
    textAlign: "left",
    padding: "6px 4px",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    background: "transparent",
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1, fontWeight: 600 },
  suggestion: { display: "block", color: tokens.colorPaletteGreenForeground1, marginTop: "2px" },
  summary: {
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

export interface CheckTabProps extends Pick<PaneActions, "check" | "clearMarks" | "selectCell"> {
  perform: Perform;
  busy: boolean;
  /** Shown after a finding is selected on the standalone page, where no grid scrolls to it. */
  selectionHint?: string;
}

export function CheckTab(props: CheckTabProps): React.JSX.Element {
  const styles = useStyles();
  const [result, setResult] = React.useState<CheckSummary>();
  const [filter, setFilter] = React.useState<FindingCode | "">("");
  const [selected, setSelected] = React.useState<Finding>();
  const [expanded, setExpanded] = React.useState<Set<FindingCode>>(new Set());

  const run = async (): Promise<void> => {
    const r = await props.perform(props.check, (s) =>
      s.findings.length
        ? `校验完成：${countsLine(s.counts)}。${s.marksNote ?? "问题单元格已标记。"}`
        : "校验完成，未发现问题。",
    );
    if (r) {
      setResult(r);
      setFilter("");
      setSelected(undefined);
    }
  };
  const clear = (): Promise<unknown> => props.perform(props.clearMarks, () => "已清除台账上的校验标记。");
  const pick = async (f: Finding): Promise<void> => {
    setSelected(f);
    await props.perform(() => props.selectCell(f.sheet, f.cell));
  };

  const groups = result ? groupFindings(result.findings, filter || undefined) : [];
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={run} disabled={props.busy}>
          运行校验
        </Button>
        <Button onClick={clear} disabled={props.busy}>
          清除标记
        </Button>
      </div>
      {result && (
        <div className={styles.summary} data-testid="check-summary">
          <Text weight="semibold">
            “{result.sheet}”共 {result.findings.length} 条问题
          </Text>
          <br />
          <Text size={200}>{countsLine(result.counts)}</Text>
          {result.marksNote && (
            <>
              <br />
              <Text size={200} data-testid="marks-note">
                {result.marksNote}
              </Text>
            </>
          )}
        </div>
      )}
      {result && result.findings.length > 0 && (
        <Field label="按问题类型筛选">
          <Select value={filter} onChange={(_, d) => setFilter(d.value as FindingCode | "")} data-testid="code-filter">
            <option value="">全部问题</option>
            {codeOptions(result.findings).map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {selected && (
        <Text size={200} data-testid="selection">
          已定位：{selected.sheet}!{selected.cell}
          {props.selectionHint ? `（${props.selectionHint}）` : ""}
        </Text>
      )}
      {groups.map((g) => (
        <section key={g.severity} aria-label={g.title}>
          <div className={styles.severity}>
            <Badge appearance="filled" color={BADGE[g.severity]}>
              {g.title}
            </Badge>
            <Text weight="semibold">{g.count} 条</Text>
          </div>
          <Accordion
            multiple
            collapsible
            defaultOpenItems={g.severity === "error" ? g.codes.slice(0, 1).map((c) => c.code) : []}
          >
            {g.codes.map((c) => {
              const all = expanded.has(c.code);
              const shown = all ? c.findings : c.findings.slice(0, SHOWN_PER_CODE);
              return (
                <AccordionItem key={c.code} value={c.code}>
                  <AccordionHeader size="small">
                    {c.title}（{c.findings.length}）
                  </AccordionHeader>
                  <AccordionPanel>
                    {shown.map((f, i) => {
                      const d = displayMessage(f);
                      return (
                        <button
                          key={`${f.cell}-${i}`}
                          type="button"
                          className={`${styles.finding} ${selected === f ? styles.selected : ""}`}
                          onClick={() => void pick(f)}
                          data-testid="finding"
                          title="点击选中该单元格"
                        >
                          <span className={styles.cell}>{f.cell}</span>
                          <span>
                            {d.message}
                            {d.suggestion && <span className={styles.suggestion}>建议：{d.suggestion}</span>}
                          </span>
                        </button>
                      );
                    })}
                    {!all && c.findings.length > SHOWN_PER_CODE && (
                      <Button
                        appearance="subtle"
                        size="small"
                        onClick={() => setExpanded(new Set([...expanded, c.code]))}
                      >
                        显示全部 {c.findings.length} 条
                      </Button>
                    )}
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </section>
      ))}
      {!result && (
        <Text size={200}>
          点击“运行校验”检查信访台账：必填项、日期、身份证号、电话、办理状态、积案和时限等。问题单元格会被标上颜色和批注，并汇总到“校验结果”工作表。
        </Text>
      )}
    </div>
  );
}
