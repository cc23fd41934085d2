import * as React from "react";
import {
  Button,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AssignOutcome } from "../../app/core-api";
import { FIELD_BY_KEY, type FieldKey } from "../../core/schema/fields";
import { maskPersonal } from "../../core/mask";
import type { PaneActions, Perform } from "../actions";

const SHOWN = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
  table: { fontSize: tokens.fontSizeBase200 },
  reason: { color: tokens.colorNeutralForeground3 },
  bar: { height: "8px", backgroundColor: tokens.colorBrandBackground, borderRadius: "2px" },
  h: { marginTop: "4px" },
});

export interface AssignTabProps extends Pick<PaneActions, "previewAssign" | "applyAssign"> {
  perform: Perform;
  busy: boolean;
}

function fieldLabel(field: string): string {
  return field in FIELD_BY_KEY ? FIELD_BY_KEY[field as FieldKey].label : field;
}

export function AssignTab(props: AssignTabProps): React.JSX.Element {
  const styles = useStyles();
  const [overwrite, setOverwrite] = React.useState(false);
  const [preview, setPreview] = React.useState<AssignOutcome>();
  const [applied, setApplied] = React.useState(false);

  const doPreview = async (): Promise<void> => {
    const r = await props.perform(
      () => props.previewAssign(overwrite),
      (a) => (a.assignments.length ? undefined : "没有需要填写的单元格。"),
    );
    if (r) {
      setPreview(r);
      setApplied(false);
    }
  };
  const doApply = async (): Promise<void> => {
    const r = await props.perform(
      () => props.applyAssign(overwrite),
      (a) => `已写入 ${a.assignments.length} 个单元格。可点击“撤销上次操作”恢复。`,
    );
    if (r) {
      setPreview(r);
      setApplied(true);
    }
  };

  const load = preview ? Object.entries(preview.load).sort((a, b) => b[1] - a[1]) : [];
  const maxLoad = Math.max(1, ...load.map(([, n]) => n));
  return (
    <div className={styles.root}>
      <Switch
        checked={overwrite}
        onChange={(_, d) => {
          setOverwrite(d.checked);
          setPreview(undefined);
        }}
        label="覆盖已填写的内容（默认只填空白单元格）"
      />
      <div className={styles.buttons}>
        <Button onClick={doPreview} disabled={props.busy}>
          预览
        </Button>
        <Button
          appearance="primary"
          onClick={doApply}
          disabled={props.busy || !preview || applied || !preview.assignments.length}
        >
          应用
        </Button>
      </div>
      {!preview && (
        <Text size={200}>
          按诉求内容判断问题类别和重点领域，按“领导分工”和“村(社区)”配置分配包案领导、村级责任人和化解时限。先预览，确认后再应用。
        </Text>
      )}
      {preview && preview.assignments.length > 0 && (
        <>
          <Text weight="semibold" className={styles.h}>
            {applied ? "已写入" : "将写入"} {preview.assignments.length} 个单元格
          </Text>
          <Table size="small" className={styles.table} aria-label="分类与包案预览" data-testid="assign-preview">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: "20%" }}>列</TableHeaderCell>
                <TableHeaderCell style={{ width: "13%" }}>单元格</TableHeaderCell>
                <TableHeaderCell style={{ width: "25%" }}>值</TableHeaderCell>
                <TableHeaderCell>依据</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.assignments.slice(0, SHOWN).map((a, i) => (
                <TableRow key={`${a.cell}-${i}`}>
                  <TableCell>{fieldLabel(a.field)}</TableCell>
                  <TableCell>{a.cell}</TableCell>
                  <TableCell>{maskPersonal(a.value)}</TableCell>
                  <TableCell className={styles.reason}>{maskPersonal(a.reason)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {preview.assignments.length > SHOWN && <Text size={200}>（仅显示前 {SHOWN} 条）</Text>}
        </>
      )}
      {load.length > 0 && (
        <>
          <Text weight="semibold" className={styles.h}>
            包案领导承担的案件数
          </Text>
          <Table size="small" className={styles.table} aria-label="领导包案数" data-testid="leader-load">
            <TableBody>
              {load.map(([leader, n]) => (
                <TableRow key={leader}>
                  <TableCell style={{ width: "30%" }}>{leader}</TableCell>
                  <TableCell style={{ width: "15%" }}>{n}</TableCell>
                  <TableCell>
                    <div className={styles.bar} style={{ width: `${(n / maxLoad) * 100}%` }} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
