// The working-day calendar (rules.md §1): lunar dates, Labour-Code holidays, official schedules, office
// edits, and counting working days.
export type { CalendarEntry, DaySource, DayStatus, HolidayKey, ScheduleNotice, WorkingCalendar } from './types';
export { CULTURE_DAY_BASIS_VI, CULTURE_DAY_FIRST_YEAR, CULTURE_DAY_NAME_VI, cultureDay } from './culture-day';
export { type LunarDate, VIETNAM_LUNAR_TIMEZONE, hungKingsDay, lunarNewYear, lunarToSolar, solarToLunar } from './lunar';
export { HOLIDAY_NAMES_VI, type HolidayDay, type LabourCodeOptions, labourCodeHolidays } from './labour-code';
export { OFFICIAL_NOTICES, OFFICIAL_SCHEDULE } from './official-schedules';
export { type WorkingCalendarOptions, buildWorkingCalendar } from './working-calendar';
export { WORKING_DAY_REASON, entryHoliday } from './year-table';
export { addWorkingDays, countWorkingDaysBetween, listDaysOff, nextWorkingDay, previousWorkingDay } from './working-days';
export { yearOfDay } from './civil-year';
export { CALENDAR_DATA_EDITION, firstEditionOptions } from './editions';
export { LABOUR_CODE_BASIS_VI, COMPENSATORY_BASIS_VI, OFFICE_EDIT_BASIS_VI } from './year-table';
