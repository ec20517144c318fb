/** "(03/02/1930 - 03/02/2023)" or "(1930 - 2023)" right after an anniversary's event. */
export interface DatePair {
  originDate: string | null;
  date: string | null;
  originYear: number;
  year: number;
  /** just past the closing parenthesis */
  end: number;
  /** the dates were worked out from one day and the ordinal, so they cannot disagree with it */
  inferred?: boolean;
}

const DAY = String.raw`(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const DAYS = new RegExp(String.raw`\(\s*${DAY}\s*-\s*${DAY}\s*\)`, 'iy');
const YEARS = /\(\s*(?:năm\s+)?(\d{4})\s*-\s*(?:năm\s+)?(\d{4})\s*\)/iy;

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO day, or null when the day or month cannot exist. */
export function isoDay(d: number, m: number, y: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > last ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** The pair of dates starting at `at` (an opening parenthesis), or null. */
export function parseDatePair(text: string, at: number): DatePair | null {
  DAYS.lastIndex = at;
  const d = DAYS.exec(text);
  if (d) {
    const [o1, o2, o3, n1, n2, n3] = d.slice(1).map(Number) as [number, number, number, number, number, number];
    return {
      originDate: isoDay(o1, o2, o3),
      date: isoDay(n1, n2, n3),
      originYear: o3,
      year: n3,
      end: at + d[0].length,
    };
  }
  YEARS.lastIndex = at;
  const y = YEARS.exec(text);
  if (!y) return null;
  return { originDate: null, date: null, originYear: Number(y[1]), year: Number(y[2]), end: at + y[0].length };
}
