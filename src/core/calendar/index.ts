/** Rest days for 节假日顺延 (DOMAIN.md §3.1): the State Council notices and the 配置 sheet's additions. */
export {
  builtinCalendar,
  isRestDay,
  nextWorkingDay,
  noticeRows,
  restLabel,
  weekday,
  withDays,
  type CalendarDay,
  type HolidayCalendar,
} from "./calendar";
export { NOTICES, type HolidayNotice, type HolidaySpan } from "./notices";
