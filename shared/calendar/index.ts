// The working-day calendar (rules.md §1): lunar dates, Labour-Code holidays, official schedules, office
// edits, and counting working days.
export type { CalendarEntry, DaySource, DayStatus, HolidayKey, WorkingCalendar } from './types';
export { type LunarDate, VIETNAM_LUNAR_TIMEZONE, hungKingsDay, lunarNewYear, lunarToSolar, solarToLunar } from './lunar';
export { HOLIDAY_NAMES_VI, type HolidayDay, type LabourCodeOptions, labourCodeHolidays } from './labour-code';
export { OFFICIAL_SCHEDULE } from './official-schedules';
export { type WorkingCalendarOptions, buildWorkingCalendar } from './working-calendar';
export { WORKING_DAY_REASON, entryHoliday } from './year-table';
export { addWorkingDays, countWorkingDaysBetween, listDaysOff, nextWorkingDay, previousWorkingDay } from './working-days';
export { yearOfDay } from './civil-year';
