import { sentenceEnd } from '../campaign/text.js';
import { type DatePair, parseDatePair } from './date-pair.js';
import { type DayMention, dayInParens, pairOnDay, trailingDay } from './day.js';

/** One "N năm <event> (dates)" of a list opened by "kỷ niệm" / "tưởng niệm". */
export interface AnniversaryItem {
  years: number;
  event: string;
  pair: DatePair | null;
  start: number;
  end: number;
}

const KEYWORD = String.raw`(?:k[ỷỉ]|tưởng)\s+niệm`;
export const OPENER = new RegExp(String.raw`(?<![\p{L}])${KEYWORD}(?![\p{L}])`, 'giu');
const ITEM = new RegExp(String.raw`(${KEYWORD}\s+(?:tròn\s+)?)?(\d{1,4})\s+năm\s+(?=\p{L})`, 'iuy');
const NEXT_ITEM = String.raw`(?=${KEYWORD}|\d{1,4}\s+năm\s)`;
// Where the list may go on with another item: "; 48 năm …", ", kỷ niệm …", " và tưởng niệm …", ";\n- 48 năm …".
const SEPARATOR = new RegExp(String.raw`[;,:]\s*(?:[-+]\s+)?|\s+và\s+|\s+${NEXT_ITEM}`, 'giu');
const EVENT_END = new RegExp(String.raw`\(|;|\n|…|\.(?=\s|$)|\s+và\s+${NEXT_ITEM}|,\s*${NEXT_ITEM}`, 'giu');
// Events sharing the ordinal before them: "78 năm Ngày A (…) và Ngày B (…)".
const SHARED = /\s*(?:,|và)\s+(?=\p{Lu})/uy;
// Words that begin the name of a commemorated event: "… thành công và Quốc khánh 2/9" names two events,
// while "Ngày Khoa học và Công nghệ" names one.
const EVENT_HEAD = String.raw`(?:Ngày|Quốc khánh|Chiến thắng|Cách mạng)(?![\p{L}])`;
const HEAD_SPLIT = new RegExp(String.raw`\s+và\s+(?=${EVENT_HEAD})`, 'u');
const STARTS_WITH_HEAD = new RegExp(`^${EVENT_HEAD}`, 'u');
// "3 năm qua", "5 năm tới", "năm thứ hai": a span of time, not an anniversary.
const NOT_EVENT = /^(?:qua|tới|sau|trước|nay|đầu|cuối|liền|liên tiếp|thứ|học|tài chính)(?![\p{L}])/iu;
const MAX_EVENT = 200;

/** The document's year, for a day written without one. */
type DocumentYear = number | null | undefined;

interface EventText {
  event: string;
  pair: DatePair | null;
  day: DayMention | null;
  end: number;
}

function eventAt(text: string, from: number, limit: number): EventText {
  EVENT_END.lastIndex = from;
  const stop = EVENT_END.exec(text);
  const at = stop && stop.index < limit ? stop.index : limit;
  const pair = text[at] === '(' ? parseDatePair(text, at) : null;
  let day = !pair && text[at] === '(' ? dayInParens(text, at) : null;
  let raw = text.slice(from, at).trimEnd();
  let end = pair?.end ?? day?.end ?? from + raw.length;
  // past a comma the day may close another clause ("thành lập trường, chào mừng ngày 20/11"): only a
  // named event ("Ngày giải phóng miền Nam, thống nhất đất nước 30/4") runs on through one
  const trailing = pair || day || (raw.includes(', ') && !STARTS_WITH_HEAD.test(raw)) ? null : trailingDay(raw, from);
  if (trailing) {
    day = trailing.day;
    raw = raw.slice(0, trailing.cut);
  }
  // without a dated span, "A và Quốc khánh …" names a second event; its day (if any) is its own
  const split = pair ? null : HEAD_SPLIT.exec(raw);
  if (split) {
    raw = raw.slice(0, split.index);
    day = null;
    end = from + raw.length;
  }
  // without dates to close it, an event ends at its first comma ("…, gắn với hoạt động …") or at a "và"
  // going on with another action ("thành lập huyện và đón nhận Huân chương …")
  if (!pair && !day) {
    raw = raw.split(/,\s|\s+và\s+(?=\p{Ll})/u)[0]!;
    end = from + raw.trimEnd().length;
  }
  if (raw.length > MAX_EVENT) raw = raw.slice(0, MAX_EVENT).replace(/\s+\S*$/, '');
  const event = raw
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:-]+$/, '')
    .trim();
  return { event, pair, day, end };
}

/** "[kỷ niệm] N năm <event> [(dates)]" at `at`; without the keyword it needs dates or an event's head word. */
function itemAt(text: string, at: number, limit: number, year: DocumentYear): AnniversaryItem | null {
  ITEM.lastIndex = at;
  const m = ITEM.exec(text);
  if (!m) return null;
  const years = Number(m[2]);
  const { event, pair: span, day, end } = eventAt(text, at + m[0].length, limit);
  const pair = span ?? (day ? pairOnDay(day, years, year) : null);
  if (years <= 0 || !/^\p{L}/u.test(event) || NOT_EVENT.test(event)) return null;
  if (!m[1] && !pair && !/^ngày\s/iu.test(event) && !STARTS_WITH_HEAD.test(event)) return null;
  return { years, event, pair, start: at, end };
}

/**
 * A further event sharing `prev`'s ordinal: after a dated one, when its own dates agree with that ordinal;
 * after an undated one, only "và" and an event's head word ("… thành công và Quốc khánh 2/9").
 */
function sharedAt(text: string, prev: AnniversaryItem, limit: number, year: DocumentYear): AnniversaryItem | null {
  SHARED.lastIndex = prev.end;
  const m = SHARED.exec(text);
  if (!m) return null;
  const start = prev.end + m[0].length;
  const { event, pair: span, day, end } = eventAt(text, start, limit);
  const pair = span ?? (day ? pairOnDay(day, prev.years, year) : null);
  if (!event) return null;
  if (prev.pair) {
    if (!pair || (!pair.inferred && pair.year - pair.originYear !== prev.years)) return null;
  } else if (!m[0].includes('và') || !STARTS_WITH_HEAD.test(event)) return null;
  return { years: prev.years, event, pair, start, end };
}

/** Every anniversary of the sentence opened by the "kỷ niệm" at `opener`; `end` is where the scan stopped. */
export function readChain(text: string, opener: number, year: DocumentYear): { items: AnniversaryItem[]; end: number } {
  const limit = sentenceEnd(text, opener);
  const items: AnniversaryItem[] = [];
  const take = (first: AnniversaryItem | null): number | null => {
    let item = first;
    let last: number | null = null;
    while (item) {
      items.push(item);
      last = item.end;
      item = sharedAt(text, item, limit, year);
    }
    return last;
  };
  let pos = take(itemAt(text, opener, limit, year)) ?? opener;
  while (pos < limit) {
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (!sep || sep.index >= limit) break;
    const next = sep.index + sep[0].length;
    pos = take(itemAt(text, next, limit, year)) ?? Math.max(next, pos + 1);
  }
  return { items, end: limit };
}
