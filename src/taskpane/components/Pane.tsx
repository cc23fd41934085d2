import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RunStatus } from "../../app/session";
import { errorText } from "../../app/session";
import { defaultReportMonth } from "../../app/months";
import { ymd } from "../../core/day";
import type { PaneActions, Perform, Success } from "../actions";
import { AssignTab } from "./AssignTab";
import { CheckTab } from "./CheckTab";
import { ReportTab } from "./ReportTab";
import { RunBar } from "./RunBar";
import { SettingsTab } from "./SettingsTab";

type TabKey = "check" | "assign" | "report" | "settings";

const TABS: readonly { key: TabKey; title: string }[] = [
  { key: "check", title: "校验" },
  { key: "assign", title: "分类与包案" },
  { key: "report", title: "月报" },
  { key: "settings", title: "设置" },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%" },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingRight: "8px",
  },
  body: { padding: "12px", display: "flex", flexDirection: "column", gap: "12px" },
});

export interface PaneProps {
  actions: PaneActions;
  notices: string[];
  /** Shown after selecting a finding when there is no Excel grid to scroll to. */
  selectionHint?: string;
  /** Called after every command that may have changed the workbook (the standalone page refreshes its download). */
  onChanged?: () => void;
}

/** The task pane: four tabs, the run bar with 取消, 撤销上次操作, and one message line for results and errors. */
export function Pane(props: PaneProps): React.JSX.Element {
  const styles = useStyles();
  const { actions } = props;
  const [tab, setTab] = React.useState<TabKey>("check");
  const [status, setStatus] = React.useState<RunStatus>();
  const [message, setMessage] = React.useState<{ intent: "success" | "error" | "info"; text: string }>();
  const [undoLabel, setUndoLabel] = React.useState<string>();
  const [pending, setPending] = React.useState(false);
  // Shown once at the top; the 设置 tab keeps the list.
  const [showNotices, setShowNotices] = React.useState(props.notices.length > 0);

  React.useEffect(() => actions.onStatus(setStatus), [actions]);

  const perform: Perform = React.useCallback(
    async <T,>(action: () => Promise<T>, success?: Success<T>): Promise<T | undefined> => {
      setMessage(undefined);
      setPending(true);
      try {
        const result = await action();
        const text = success?.(result);
        if (text) setMessage({ intent: "success", text });
        return result;
      } catch (e) {
        setMessage({ intent: "error", text: errorText(e) });
        return undefined;
      } finally {
        setPending(false);
        setUndoLabel(actions.undoLabel());
        props.onChanged?.();
      }
    },
    [actions, props.onChanged],
  );

  const busy = pending || status !== undefined;
  const undo = (): void => {
    void perform(actions.undoLast, (label) => (label ? `已撤销“${label}”，单元格已恢复原样。` : "没有可撤销的操作。"));
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)} size="medium">
          {TABS.map((t) => (
            <Tab key={t.key} value={t.key}>
              {t.title}
            </Tab>
          ))}
        </TabList>
        <Tooltip content={undoLabel ? `撤销“${undoLabel}”` : "没有可撤销的操作"} relationship="description">
          <Button size="small" appearance="subtle" onClick={undo} disabled={busy || !undoLabel}>
            撤销上次操作
          </Button>
        </Tooltip>
      </div>
      {status && <RunBar status={status} onCancel={actions.cancel} />}
      <div className={styles.body}>
        {showNotices && (
          <MessageBar intent="info" data-testid="notices">
            <MessageBarBody>
              <MessageBarTitle>当前 Excel 版本较旧，部分功能已改用替代方式</MessageBarTitle>
              {props.notices.map((n) => (
                <div key={n}>{n}</div>
              ))}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setShowNotices(false)}>
                知道了
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {message && (
          <MessageBar intent={message.intent} data-testid="message">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        <div hidden={tab !== "check"}>
          <CheckTab
            check={actions.check}
            clearMarks={actions.clearMarks}
            selectCell={actions.selectCell}
            perform={perform}
            busy={busy}
            selectionHint={props.selectionHint}
          />
        </div>
        <div hidden={tab !== "assign"}>
          <AssignTab
            previewAssign={actions.previewAssign}
            applyAssign={actions.applyAssign}
            perform={perform}
            busy={busy}
          />
        </div>
        <div hidden={tab !== "report"}>
          <ReportTab
            report={actions.report}
            perform={perform}
            busy={busy}
            defaultMonth={defaultReportMonth(actions.today())}
            currentYear={ymd(actions.today()).y}
          />
        </div>
        <div hidden={tab !== "settings"}>
          <SettingsTab
            createConfigSheet={actions.createConfigSheet}
            createReportTemplate={actions.createReportTemplate}
            today={actions.today}
            setToday={actions.setToday}
            perform={perform}
            busy={busy}
            notices={props.notices}
          />
        </div>
      </div>
    </div>
  );
}
