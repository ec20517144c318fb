/**
 * The signing time of a stamp as ISO 8601, local time as written: "16.06.2021 08:49:26 +07:00" →
 * "2021-06-16T08:49:26+07:00"; without an offset, none is invented; without a time, the day alone.
 * Day-first as Vietnamese tools write it, or year-first as Adobe does ("2021.06.16 08:49:26 +07'00'").
 */

const DAY_FIRST = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/u;
const YEAR_FIRST = /(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/u;
const TIME = /(?<![\d.:/])(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?![\d/])/u;
// "+07:00", "+0700", "+07'00'", "GMT+7", "UTC+07:00", "Z" right after the time
const OFFSET = /^\s*(?:(?:(?:GMT|UTC)\s*)?([+-])(\d{1,2})(?:[:']?(\d{2})'?)?(?!\d)|Z(?![\p{L}\d]))/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

function day(text: string): { y: number; m: number; d: number } | null {
  const yf = YEAR_FIRST.exec(text);
  if (yf) return { y: Number(yf[1]), m: Number(yf[2]), d: Number(yf[3]) };
  const df = DAY_FIRST.exec(text);
  return df ? { y: Number(df[3]), m: Number(df[2]), d: Number(df[1]) } : null;
}

function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The ISO date-time of a "Thời gian ký" value, or null when it holds no calendar day. */
export function signingTime(value: string): string | null {
  const dt = day(value);
  if (!dt || !isCalendarDay(dt.y, dt.m, dt.d)) return null;
  const iso = `${dt.y}-${pad(dt.m)}-${pad(dt.d)}`;
  // the day's own digits are blanked so "16.06" is never read as a time
  const rest = value.replace(YEAR_FIRST, (s) => ' '.repeat(s.length)).replace(DAY_FIRST, (s) => ' '.repeat(s.length));
  const t = TIME.exec(rest);
  if (!t) return iso;
  const [h, min, s] = [Number(t[1]), Number(t[2]), t[3] === undefined ? undefined : Number(t[3])];
  if (h > 23 || min > 59 || (s !== undefined && s > 59)) return iso;
  const time = `${pad(h)}:${pad(min)}${s === undefined ? '' : `:${pad(s)}`}`;
  const o = OFFSET.exec(rest.slice(t.index + t[0].length));
  if (!o) return `${iso}T${time}`;
  if (o[1] === undefined) return `${iso}T${time}Z`;
  const oh = Number(o[2]);
  const om = o[3] === undefined ? 0 : Number(o[3]);
  if (oh > 14 || om > 59) return `${iso}T${time}`;
  return `${iso}T${time}${o[1]}${pad(oh)}:${pad(om)}`;
}
