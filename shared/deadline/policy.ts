// Choices the rules leave to the office (rules.md §2–§3), kept as settings rather than constants.

export interface OfficeHours {
  /** Minutes since midnight, half-open intervals [start, end) in order. */
  intervals: ReadonlyArray<{ start: number; end: number }>;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  intervals: [
    { start: 7 * 60 + 30, end: 11 * 60 + 30 },
    { start: 13 * 60 + 30, end: 17 * 60 },
  ],
};

export interface DeadlinePolicy {
  officeHours: OfficeHours;
  /**
   * How a supplement request moves the due date: `subtract_waiting` (the national 766 indicator
   * system: the due date moves by the working days waited) or `restart` (the older reading: the full
   * time counts again from the day the documents arrive).
   */
  pauseRule: 'subtract_waiting' | 'restart';
  /** More than one supplement request makes the dossier late (766 system). */
  multipleSupplementsAreLate: boolean;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  officeHours: DEFAULT_OFFICE_HOURS,
  pauseRule: 'subtract_waiting',
  multipleSupplementsAreLate: true,
};
