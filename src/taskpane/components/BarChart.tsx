import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { chartLayout, type SeriesPoint } from "../model/chart";

const COLORS = { batches: "#1f5caa", persons: "#c41e3a" } as const;
const SIZE = { width: 320, height: 150, left: 30, bottom: 20, top: 8 };

const useStyles = makeStyles({
  legend: { display: "flex", gap: "12px", fontSize: tokens.fontSizeBase200, marginTop: "4px" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", verticalAlign: "middle" },
});

/** Batches (批次) and persons (人次) of the last 12 months as paired bars. */
export function BarChart(props: { series: readonly SeriesPoint[]; title: string }): React.JSX.Element {
  const styles = useStyles();
  const layout = chartLayout(props.series, SIZE);
  return (
    <figure style={{ margin: 0 }} data-testid="month-chart">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} width="100%" role="img" aria-label={props.title}>
        <title>{props.title}</title>
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line x1={SIZE.left} x2={SIZE.width} y1={t.y} y2={t.y} stroke="#e0e0e0" strokeWidth={0.5} />
            <text x={SIZE.left - 4} y={t.y + 3} fontSize={8} textAnchor="end" fill="#616161">
              {t.value}
            </text>
          </g>
        ))}
        {layout.bars.map((b, i) => (
          <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill={COLORS[b.kind]} rx={1}>
            <title>{`${b.kind === "batches" ? "批次" : "人次"} ${b.value}`}</title>
          </rect>
        ))}
        {layout.labels.map((l, i) => (
          <text key={i} x={l.x} y={SIZE.height - 6} fontSize={8} textAnchor="middle" fill="#424242">
            {l.text}
          </text>
        ))}
      </svg>
      <figcaption className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ background: COLORS.batches }} />
          批次
        </span>
        <span>
          <span className={styles.swatch} style={{ background: COLORS.persons }} />
          人次
        </span>
      </figcaption>
    </figure>
  );
}
