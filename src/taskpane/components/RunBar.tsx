import * as React from "react";
import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RunStatus } from "../../app/session";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "8px 12px",
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
});

/** The progress bar with the current step and 取消, shown while a command runs. */
export function RunBar(props: { status: RunStatus; onCancel: () => void }): React.JSX.Element {
  const styles = useStyles();
  const { status } = props;
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="run-bar">
      <div className={styles.line}>
        <Text size={200}>
          {status.label}：{status.step}
        </Text>
        <Button size="small" onClick={props.onCancel}>
          取消
        </Button>
      </div>
      <ProgressBar value={Math.max(0, Math.min(1, status.fraction))} thickness="large" />
    </div>
  );
}
