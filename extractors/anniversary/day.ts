import { type DatePair, isoDay } from './date-pair.js';

/** A day named without its span of years: "(ngày 19/8)", "Quốc khánh 2/9", "(30/4/1975)". */
export interface DayMention {
  day: number;
  month: number;
  year: number | null;
  /** just past the day (and its closing parenthesis) */
  end: number;
}

const IN_PARENS = /\(\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\s*\)/iy;
// At an event's end, slashes only: "Chiến thắng 30-4" is too rare to pay for "2021-2025" confusions. The day
// closes the event where its clause ends: the text's end, a comma or colon, or a joined action
// ("Ngày Nhà giáo Việt Nam 20/11 và tuyên dương …").
const CLOSING = /\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?=$|[,:]\s|\s+(?:và|gắn với|đồng thời)\s)/iu;
// "… từ 10/3 đến 20/3": a span of days, not the day of the event
const SPAN_WORD = /(?:^|\s)(?:từ|đến|tới|trước|sau|hết|trong|lúc)$/iu;

const mention = (m: RegExpExecArray, end: number): DayMention => ({
  day: Number(m[1]),
  month: Number(m[2]),
  year: m[3] ? Number(m[3]) : null,
  end,
});

/** The day in parentheses at `at`, or null. */
export function dayInParens(text: string, at: number): DayMention | null {
  IN_PARENS.lastIndex = at;
  const m = IN_PARENS.exec(text);
  return m ? mention(m, at + m[0].length) : null;
}

/**
 * The day closing an event's words ("… thống nhất đất nước 30/4"): the day and where its text starts. Past a
 * comma the day may close another clause ("thành lập trường, chào mừng ngày 20/11"): only a `named` event
 * ("Ngày giải phóng miền Nam, thống nhất đất nước 30/4") runs on through one.
 */
export function dayClosingEvent(raw: string, from: number, named: boolean): { day: DayMention; cut: number } | null {
  const m = CLOSING.exec(raw);
  if (!m) return null;
  const before = raw.slice(0, m.index);
  if ((!named && before.includes(', ')) || SPAN_WORD.test(before)) return null;
  return { day: mention(m, from + m.index + m[0].length), cut: m.index };
}

/**
 * The anniversary's dates from one day: a year-less day falls in the document's year; a dated day is
 * the origin, unless it lies nearer the document's year than the origin would.
 */
export function pairOnDay(d: DayMention, years: number, documentYear: number | null | undefined): DatePair | null {
  const base = { inferred: true, end: d.end };
  let year = documentYear ?? null;
  if (d.year !== null) {
    const ref = documentYear ?? d.year + years;
    year = Math.abs(d.year + years - ref) <= Math.abs(d.year - ref) ? d.year + years : d.year;
  }
  if (year === null) return { ...base, originDate: null, date: null, originYear: Number.NaN, year: Number.NaN };
  const date = isoDay(d.day, d.month, year);
  if (!date) return null;
  return { ...base, originDate: isoDay(d.day, d.month, year - years), date, originYear: year - years, year };
}
