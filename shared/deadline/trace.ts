// The "why" of a due date: every day looked at, in order, with what it did to the count.
import type { DayNumber } from '../time/day';

export type TraceStep =
  | { kind: 'reception'; day: DayNumber; minute: number; note: string }
  | { kind: 'clock_start'; day: DayNumber; minute: number; note: string }
  | { kind: 'counted'; day: DayNumber; ordinal: number; note: string }
  | { kind: 'skipped'; day: DayNumber; reason: string }
  | { kind: 'paused'; day: DayNumber; note: string }
  | { kind: 'rolled'; day: DayNumber; reason: string }
  | { kind: 'due'; day: DayNumber; minute: number | null; note: string };
