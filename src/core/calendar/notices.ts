/**
 * The State Council's yearly 放假安排 (国务院办公厅关于…年部分节假日安排的通知) as data, for 节假日顺延
 * (DOMAIN.md §3.1, 《民法典》 art. 203). One entry per holiday: the days off, and the weekend days
 * worked in exchange (调休上班). Entries apply in order, so a later notice may cancel an earlier
 * 调休上班 day (2020: the Spring Festival extension made 2020-02-01 a day off again).
 *
 * Verified on 2026-11-30 against the notices' published text (reprints of 中国政府网/新华社 by 光明网,
 * 人民日报, 北京市政府网, 维基文库): every year 2020–2026 below, including the 2020 extension notice
 * (the 2026 notice's number is from a reprint only; its dates from 新华社 via 光明网). Years after
 * 2026 are not built in: the clerk adds them in the 配置 sheet's `节假日` block when the State
 * Council publishes them (usually in November for the next year).
 */
export interface HolidaySpan {
  /** As the notice names it: `国庆节、中秋节`. */
  name: string;
  /** First and last day off, ISO. */
  from: string;
  to: string;
  /** 调休上班: weekend days that are working days, ISO. */
  work: readonly string[];
}

export interface HolidayNotice {
  /** The year the notice arranges (its 元旦 may start on the previous 31 December). */
  year: number;
  /** Title and number of the notice the rows come from. */
  source: string;
  spans: readonly HolidaySpan[];
}

export const NOTICES: readonly HolidayNotice[] = [
  {
    year: 2020,
    source:
      "国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）；国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）",
    spans: [
      { name: "元旦", from: "2020-01-01", to: "2020-01-01", work: [] },
      { name: "春节", from: "2020-01-24", to: "2020-01-30", work: ["2020-01-19", "2020-02-01"] },
      // 国办发明电〔2020〕1号: 春节假期延长至2月2日，2月3日起正常上班 — so 2月1日 is no longer worked.
      { name: "春节（延长假期）", from: "2020-01-31", to: "2020-02-02", work: [] },
      { name: "清明节", from: "2020-04-04", to: "2020-04-06", work: [] },
      { name: "劳动节", from: "2020-05-01", to: "2020-05-05", work: ["2020-04-26", "2020-05-09"] },
      { name: "端午节", from: "2020-06-25", to: "2020-06-27", work: ["2020-06-28"] },
      { name: "国庆节、中秋节", from: "2020-10-01", to: "2020-10-08", work: ["2020-09-27", "2020-10-10"] },
    ],
  },
  {
    year: 2021,
    source: "国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）",
    spans: [
      { name: "元旦", from: "2021-01-01", to: "2021-01-03", work: [] },
      { name: "春节", from: "2021-02-11", to: "2021-02-17", work: ["2021-02-07", "2021-02-20"] },
      { name: "清明节", from: "2021-04-03", to: "2021-04-05", work: [] },
      { name: "劳动节", from: "2021-05-01", to: "2021-05-05", work: ["2021-04-25", "2021-05-08"] },
      { name: "端午节", from: "2021-06-12", to: "2021-06-14", work: [] },
      { name: "中秋节", from: "2021-09-19", to: "2021-09-21", work: ["2021-09-18"] },
      { name: "国庆节", from: "2021-10-01", to: "2021-10-07", work: ["2021-09-26", "2021-10-09"] },
    ],
  },
  {
    year: 2022,
    source: "国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）",
    spans: [
      { name: "元旦", from: "2022-01-01", to: "2022-01-03", work: [] },
      { name: "春节", from: "2022-01-31", to: "2022-02-06", work: ["2022-01-29", "2022-01-30"] },
      { name: "清明节", from: "2022-04-03", to: "2022-04-05", work: ["2022-04-02"] },
      { name: "劳动节", from: "2022-04-30", to: "2022-05-04", work: ["2022-04-24", "2022-05-07"] },
      { name: "端午节", from: "2022-06-03", to: "2022-06-05", work: [] },
      { name: "中秋节", from: "2022-09-10", to: "2022-09-12", work: [] },
      { name: "国庆节", from: "2022-10-01", to: "2022-10-07", work: ["2022-10-08", "2022-10-09"] },
    ],
  },
  {
    year: 2023,
    source: "国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）",
    spans: [
      { name: "元旦", from: "2022-12-31", to: "2023-01-02", work: [] },
      { name: "春节", from: "2023-01-21", to: "2023-01-27", work: ["2023-01-28", "2023-01-29"] },
      { name: "清明节", from: "2023-04-05", to: "2023-04-05", work: [] },
      { name: "劳动节", from: "2023-04-29", to: "2023-05-03", work: ["2023-04-23", "2023-05-06"] },
      { name: "端午节", from: "2023-06-22", to: "2023-06-24", work: ["2023-06-25"] },
      { name: "中秋节、国庆节", from: "2023-09-29", to: "2023-10-06", work: ["2023-10-07", "2023-10-08"] },
    ],
  },
  {
    year: 2024,
    source: "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）",
    spans: [
      { name: "元旦", from: "2024-01-01", to: "2024-01-01", work: [] },
      // 除夕 (2月9日) is only "encouraged" as a day off, not a holiday: not listed.
      { name: "春节", from: "2024-02-10", to: "2024-02-17", work: ["2024-02-04", "2024-02-18"] },
      { name: "清明节", from: "2024-04-04", to: "2024-04-06", work: ["2024-04-07"] },
      { name: "劳动节", from: "2024-05-01", to: "2024-05-05", work: ["2024-04-28", "2024-05-11"] },
      { name: "端午节", from: "2024-06-10", to: "2024-06-10", work: [] },
      { name: "中秋节", from: "2024-09-15", to: "2024-09-17", work: ["2024-09-14"] },
      { name: "国庆节", from: "2024-10-01", to: "2024-10-07", work: ["2024-09-29", "2024-10-12"] },
    ],
  },
  {
    year: 2025,
    source: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
    spans: [
      { name: "元旦", from: "2025-01-01", to: "2025-01-01", work: [] },
      { name: "春节", from: "2025-01-28", to: "2025-02-04", work: ["2025-01-26", "2025-02-08"] },
      { name: "清明节", from: "2025-04-04", to: "2025-04-06", work: [] },
      { name: "劳动节", from: "2025-05-01", to: "2025-05-05", work: ["2025-04-27"] },
      { name: "端午节", from: "2025-05-31", to: "2025-06-02", work: [] },
      { name: "国庆节、中秋节", from: "2025-10-01", to: "2025-10-08", work: ["2025-09-28", "2025-10-11"] },
    ],
  },
  {
    year: 2026,
    source: "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）",
    spans: [
      { name: "元旦", from: "2026-01-01", to: "2026-01-03", work: ["2026-01-04"] },
      { name: "春节", from: "2026-02-15", to: "2026-02-23", work: ["2026-02-14", "2026-02-28"] },
      { name: "清明节", from: "2026-04-04", to: "2026-04-06", work: [] },
      { name: "劳动节", from: "2026-05-01", to: "2026-05-05", work: ["2026-05-09"] },
      { name: "端午节", from: "2026-06-19", to: "2026-06-21", work: [] },
      { name: "中秋节", from: "2026-09-25", to: "2026-09-27", work: [] },
      { name: "国庆节", from: "2026-10-01", to: "2026-10-07", work: ["2026-09-20", "2026-10-10"] },
    ],
  },
];
