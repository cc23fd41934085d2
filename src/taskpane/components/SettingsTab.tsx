import * as React from "react";
import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { dayFromIso, isoDay } from "../../core/day";
import type { PaneActions, Perform } from "../actions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  row: { display: "flex", gap: "8px", alignItems: "flex-end", flexWrap: "wrap" },
  block: { display: "flex", flexDirection: "column", gap: "6px" },
});

export interface SettingsTabProps extends Pick<
  PaneActions,
  "createConfigSheet" | "createReportTemplate" | "today" | "setToday"
> {
  perform: Perform;
  busy: boolean;
  notices: string[];
}

export function SettingsTab(props: SettingsTabProps): React.JSX.Element {
  const styles = useStyles();
  const [date, setDate] = React.useState(isoDay(props.today()));
  const [overridden, setOverridden] = React.useState(false);

  const created = (what: string) => (made: boolean) =>
    made ? `已新建“${what}”工作表。` : `工作簿中已有“${what}”工作表，未作改动。`;

  return (
    <div className={styles.root}>
      <div className={styles.block}>
        <Text weight="semibold">配置表</Text>
        <Text size={200}>
          “配置”工作表保存辖区人口、办理时限、领导分工、村(社区)和分类规则。新建时带有示例行，请按本镇实际修改。已有配置表时不会覆盖。
        </Text>
        <div>
          <Button onClick={() => void props.perform(props.createConfigSheet, created("配置"))} disabled={props.busy}>
            新建配置表
          </Button>
        </div>
      </div>
      <div className={styles.block}>
        <Text weight="semibold">月报模板</Text>
        <Text size={200}>新建默认的“月报”工作表。也可以使用本镇自己的月报表，助手会按行列标签识别要填写的单元格。</Text>
        <div>
          <Button onClick={() => void props.perform(props.createReportTemplate, created("月报"))} disabled={props.busy}>
            新建月报模板
          </Button>
        </div>
      </div>
      <Divider />
      <div className={styles.block}>
        <Text weight="semibold">今天的日期</Text>
        <Text size={200}>用于判断超期、即将到期和“日期晚于今天”。仅在测试或补做以前的报表时修改。</Text>
        <div className={styles.row}>
          {/* Plain text (年-月-日) rather than type="date": the picker follows the system language, not Chinese. */}
          <Field
            label="按此日期计算"
            validationMessage={dayFromIso(date) === undefined ? "请按 2026-11-23 的格式填写" : undefined}
          >
            <Input
              value={date}
              onChange={(_, d) => setDate(d.value.trim())}
              placeholder="2026-11-23"
              style={{ width: "9em" }}
              data-testid="today"
            />
          </Field>
          <Button
            disabled={dayFromIso(date) === undefined}
            onClick={() => {
              const day = dayFromIso(date);
              if (day === undefined) return;
              props.setToday(day);
              setOverridden(true);
            }}
          >
            使用此日期
          </Button>
          <Button
            appearance="subtle"
            onClick={() => {
              props.setToday(undefined);
              setDate(isoDay(props.today()));
              setOverridden(false);
            }}
          >
            恢复为今天
          </Button>
        </div>
        {overridden && (
          <MessageBar intent="warning">
            <MessageBarBody>当前按 {isoDay(props.today())} 计算，并非今天。</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {props.notices.length > 0 && (
        <>
          <Divider />
          <div className={styles.block}>
            <Text weight="semibold">当前 Excel 版本的限制</Text>
            {props.notices.map((n) => (
              <Text size={200} key={n}>
                · {n}
              </Text>
            ))}
          </div>
        </>
      )}
      <Divider />
      <Text size={200}>数据只在本机处理，不上传到任何服务器。身份证号和电话在助手中只显示前后几位。</Text>
    </div>
  );
}
