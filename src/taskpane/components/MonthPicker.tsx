import * as React from "react";
import { Field, Select, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ row: { display: "flex", gap: "6px" } });

/**
 * Year and month as two lists rather than `<input type="month">`, which Safari (Excel on Mac) shows
 * as a bare text box and other browsers label in the system's language, not in Chinese.
 */
export function MonthPicker(props: {
  value: string;
  onChange: React.Dispatch<string>;
  /** The latest year offered; the list goes back ten years from it. */
  latestYear: number;
}): React.JSX.Element {
  const styles = useStyles();
  const [y, m] = props.value.split("-").map(Number);
  const years = Array.from({ length: 10 }, (_, i) => props.latestYear - i);
  if (!years.includes(y)) years.push(y);
  const set = (year: number, month: number): void => props.onChange(`${year}-${String(month).padStart(2, "0")}`);
  return (
    <Field label="统计月份">
      <div className={styles.row}>
        <Select
          value={String(y)}
          onChange={(_, d) => set(Number(d.value), m)}
          data-testid="report-year"
          aria-label="年"
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {year}年
            </option>
          ))}
        </Select>
        <Select
          value={String(m)}
          onChange={(_, d) => set(y, Number(d.value))}
          data-testid="report-month"
          aria-label="月"
        >
          {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
            <option key={month} value={month}>
              {month}月
            </option>
          ))}
        </Select>
      </div>
    </Field>
  );
}
