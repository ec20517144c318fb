/** An issue date read right after a symbol or issuer. */
export interface ReadDate {
  iso: string;
  raw: string;
  end: number;
}

// "ngày 07/4/2014", "ngày 7-4-2014", "ngày 29 tháng 12 năm 2023", optionally "(…)", ", ban hành ngày …".
const DATE_AT =
  /[\s,]*\(?\s*(?:(?:ban hành|ký|thông qua)\s+)?ngày\s+(\d{1,2})(?:\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})|\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?:\s*\))?/y;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isoDay(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > DAYS_IN_MONTH[month - 1]! || (month === 2 && day === 29 && !isLeap(year))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The date written at `pos`, or null; an impossible day (31/02) is not a date. */
export function readDateAt(text: string, pos: number): ReadDate | null {
  DATE_AT.lastIndex = pos;
  const m = DATE_AT.exec(text);
  if (!m) return null;
  const month = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[5]);
  const iso = isoDay(Number(m[1]), month, year);
  if (!iso) return null;
  const raw = m[0].replace(/^[\s,(]+|[\s)]+$/g, '');
  return { iso, raw, end: DATE_AT.lastIndex };
}
