import { sentenceEnd } from '../campaign/text.js';
import type { DatePair } from './date-pair.js';
import { pairOnDay } from './day.js';
import { eventAt, KEYWORD, NEXT_ITEM, STARTS_WITH_HEAD } from './event.js';

/** One "N năm <event> (dates)" of a list opened by "kỷ niệm" / "tưởng niệm". */
export interface AnniversaryItem {
  years: number;
  event: string;
  pair: DatePair | null;
  start: number;
  end: number;
}

// "N năm <event>", or the ordinal form "lần thứ N <event>" ("kỷ niệm lần thứ 135 Ngày sinh Chủ tịch Hồ Chí Minh")
const ITEM = new RegExp(
  String.raw`(${KEYWORD}\s+(?:tròn\s+)?)?(?:(\d{1,4})\s+năm|lần\s+thứ\s+(\d{1,4}))\s+(?=\p{L})`,
  'iuy',
);
// Where the list may go on with another item: "; 48 năm …", ", kỷ niệm …", " và tưởng niệm …", ";\n- 48 năm …",
// ", hướng tới kỷ niệm …" (a greeting word before the next item's keyword).
const SEPARATOR = new RegExp(
  String.raw`[;,:]\s*(?:[-+]\s+)?(?:(?:hướng\s+tới|chào\s+mừng|tiến\s+tới|nhân\s+dịp)\s+(?=${KEYWORD}))?|\s+và\s+|\s+${NEXT_ITEM}`,
  'giu',
);
// Events sharing the ordinal before them: "78 năm Ngày A (…) và Ngày B (…)".
const SHARED = /\s*(?:,|và)\s+(?=\p{Lu})/uy;
// "3 năm qua", "5 năm tới", "năm thứ hai": a span of time, not an anniversary.
const NOT_EVENT = /^(?:qua|tới|sau|trước|nay|đầu|cuối|liền|liên tiếp|thứ|học|tài chính)(?![\p{L}])/iu;

// An ordinal closing its line ("… và 134 năm⏎Ngày sinh …") names its event on the next one.
const DANGLING_ORDINAL = /\d{1,4}\s+năm[*_ ]*$/u;

/** The sentence end from `from`, past line breaks that leave an ordinal waiting for its event. */
function chainEnd(text: string, from: number): number {
  let end = sentenceEnd(text, from);
  while (text[end] === '\n' && text[end + 1] !== '\n' && end + 1 < text.length) {
    if (!DANGLING_ORDINAL.test(text.slice(Math.max(from, end - 12), end))) break;
    end = sentenceEnd(text, end + 1);
  }
  return end;
}

/** The document's year, for a day written without one. */
type DocumentYear = number | null | undefined;

/** How an item is placed: opening a "kỷ niệm" list, opening a greeting ("chào mừng N năm …"), or within a list. */
export type ItemPlace = 'opening' | 'greeting' | 'listed';

const HEAD_OR_DAY = (event: string): boolean => /^ngày\s/iu.test(event) || STARTS_WITH_HEAD.test(event);
const CAPITALISED = /^\p{Lu}/u;

/**
 * "[kỷ niệm] N năm <event> [(dates)]" at `at`. Without the keyword it needs dates or an event's head word; a
 * greeting's first item needs the head word whatever its dates ("chào mừng 5 năm thực hiện …" counts years of
 * work, not an anniversary); inside a list a capitalised event will do ("…, 50 năm Cuộc Tổng tiến công …").
 */
function itemAt(text: string, at: number, limit: number, year: DocumentYear, place: ItemPlace): AnniversaryItem | null {
  ITEM.lastIndex = at;
  const m = ITEM.exec(text);
  if (!m) return null;
  const years = Number(m[2] ?? m[3]);
  const ordinalForm = m[3] !== undefined;
  const from = at + m[0].length;
  // a capitalised list item without a head word ("Cuộc Tổng tiến công và nổi dậy …") is named as a whole
  const properName =
    place === 'listed' && !m[1] && CAPITALISED.test(text[from] ?? '') && !HEAD_OR_DAY(text.slice(from, from + 16));
  const { event, pair: span, day, end } = eventAt(text, from, limit, properName);
  const pair = span ?? (day ? pairOnDay(day, years, year) : null);
  if (years <= 0 || !/^\p{L}/u.test(event) || NOT_EVENT.test(event)) return null;
  if (place === 'greeting' && !m[1] && !HEAD_OR_DAY(event)) return null;
  if (!m[1] && !pair && !properName && !HEAD_OR_DAY(event)) return null;
  // "lần thứ N" also counts congresses and contests ("Đại hội lần thứ 13", "kỷ niệm lần thứ 10 của Hội"):
  // it names an anniversary only before an event's head word ("Ngày sinh …") and after "kỷ niệm" or with dates
  if (ordinalForm && (!HEAD_OR_DAY(event) || (!m[1] && !pair))) return null;
  return { years, event, pair, start: at, end };
}

/**
 * A further event sharing `prev`'s ordinal: after a dated one, when its own dates agree with that ordinal (a
 * day alone will do after "và" only); after an undated one, only "và" and an event's head word ("… thành công
 * và Quốc khánh 2/9").
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
    // past a comma, a day of its own ("…, Ngày Quốc tế Lao động 01/5/2025") is another occasion, not a
    // second event of this ordinal: only dates that count the same years tie it to the ordinal
    if (pair.inferred && !m[0].includes('và')) return null;
  } else if (!m[0].includes('và') || !STARTS_WITH_HEAD.test(event)) return null;
  return { years: prev.years, event, pair, start, end };
}

/**
 * Every anniversary of the sentence opened by the "kỷ niệm" (or the greeting's "N năm") at `opener`; `end` is
 * where the scan stopped.
 */
export function readChain(
  text: string,
  opener: number,
  year: DocumentYear,
  place: Exclude<ItemPlace, 'listed'> = 'opening',
): { items: AnniversaryItem[]; end: number } {
  let limit = chainEnd(text, opener);
  const items: AnniversaryItem[] = [];
  const take = (first: AnniversaryItem | null): number | null => {
    let item = first;
    let last: number | null = null;
    while (item) {
      items.push(item);
      last = item.end;
      // an event wrapped onto the next line carries its sentence on with it
      if (last > limit) limit = chainEnd(text, last);
      item = sharedAt(text, item, limit, year);
    }
    return last;
  };
  const first = itemAt(text, opener, limit, year, place);
  // a greeting that names no anniversary opens no list
  if (!first && place === 'greeting') return { items, end: opener + 1 };
  let pos = take(first) ?? opener;
  while (pos < limit) {
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (!sep || sep.index >= limit) break;
    const next = sep.index + sep[0].length;
    const place = items.length > 0 ? 'listed' : 'opening';
    pos = take(itemAt(text, next, limit, year, place)) ?? Math.max(next, pos + 1);
  }
  return { items, end: limit };
}
