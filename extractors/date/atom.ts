import type { DateMention } from '../../output/schema.js';

export type Precision = DateMention['precision'];

/** A date read from the text before roles, periods and deadlines are decided. */
export interface Atom {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  kind: DateMention['kind'];
  until: string | null;
  /** set when the text looks like a date but names no real day (31/02/2023) */
  invalid?: boolean;
  /** the year a year-less day takes from the other end of its period */
  impliedYear?: number;
}

// Calendar years an administrative text can plausibly name; keeps phone numbers and amounts out.
export const YEAR = '(1[89]\\d{2}|2[01]\\d{2})';

const pad = (n: number) => String(n).padStart(2, '0');

/** The value as written: YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the year is not written. */
export function writtenValue(a: Pick<Atom, 'year' | 'month' | 'day'>): string {
  if (a.year === null) return `--${pad(a.month ?? 0)}-${pad(a.day ?? 0)}`;
  if (a.month === null) return String(a.year);
  if (a.day === null) return `${a.year}-${pad(a.month)}`;
  return `${a.year}-${pad(a.month)}-${pad(a.day)}`;
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * A day that exists; a year-less one is checked in a leap year, so "29/02" stands.
 * For every string the day patterns match this is exactly how chrono-node's vi parser reads it
 * (test/date-calendar.test.ts), without the cost of a parse per date.
 */
export function isCalendarDay(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year ?? 2000) ? 29 : MONTH_DAYS[month - 1]!);
}

/** The full day for a year taken from elsewhere, or null when that day does not exist in that year. */
export function impliedDay(year: number | null, month: number, day: number): string | null {
  if (year === null || day > daysInMonth(year, month)) return null;
  return writtenValue({ year, month, day });
}

export const PRECISION_RANK: Record<Precision, number> = { day: 3, month: 2, year: 1 };
