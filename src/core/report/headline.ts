/**
 * The headline sentence, the way a report reads (seed 003: 全区信访总量…同比去年…批数上升21.5%，人数上升7.8%):
 * 2023年5月信访总量47批89人次，同比批次上升21.5%、人次下降3.0%；1—5月累计…；初信初访…办结率…；积案…化解率….
 */
import type { Metrics } from "./metrics";
import type { ReportPeriod } from "./period";

const pct = (x: number, digits: number): string => `${(x * 100).toFixed(digits)}%`;

/** 上升21.5% / 下降3.0% / 持平; YoY is shown with one decimal (§6). */
function trend(x: number | null): string | null {
  if (x === null) return null;
  if (x === 0) return "持平";
  return `${x > 0 ? "上升" : "下降"}${pct(Math.abs(x), 1)}`;
}

function comparison(m: Metrics, stem: string, scope: "monthYoY" | "ytdYoY", word: string): string {
  const b = trend(m[`${stem}.batches.${scope}`]);
  const p = trend(m[`${stem}.persons.${scope}`]);
  if (b === null && p === null) return `${word}基数为0，不作比较`;
  return `${word}批次${b ?? "无法比较"}、人次${p ?? "无法比较"}`;
}

const n = (m: Metrics, key: string): number => m[key] ?? 0;

export function headline(period: ReportPeriod, m: Metrics): string {
  const parts: string[] = [];
  parts.push(
    `${period.year}年${period.monthNo}月信访总量${n(m, "all.batches.month")}批${n(m, "all.persons.month")}人次，` +
      comparison(m, "all", "monthYoY", "同比"),
  );
  const ytdName = period.monthNo === 1 ? "1月" : `1—${period.monthNo}月`;
  parts.push(
    `${ytdName}累计${n(m, "all.batches.ytd")}批${n(m, "all.persons.ytd")}人次，` +
      comparison(m, "all", "ytdYoY", "同比"),
  );
  const rate = m["first.closedRate.ytd"];
  parts.push(
    `初信初访${n(m, "first.total.ytd")}件，办结${n(m, "first.closed.ytd")}件` +
      (rate === null ? "" : `，办结率${pct(rate, 2)}`),
  );
  const resolvedRate = m["backlog.resolvedRate"];
  parts.push(
    `信访积案${n(m, "backlog.total")}件，已化解${n(m, "backlog.resolved")}件、未化解${n(m, "backlog.open")}件` +
      (resolvedRate === null ? "" : `，化解率${pct(resolvedRate, 2)}`),
  );
  if (n(m, "overdue.open") > 0) parts.push(`超期未办结${n(m, "overdue.open")}件`);
  return parts.join("；") + "。";
}
