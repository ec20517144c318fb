import { sentenceEnd } from '../campaign/text.js';
import { type DatePair, parseDatePair } from './date-pair.js';

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
// "3 năm qua", "5 năm tới", "năm thứ hai": a span of time, not an anniversary.
const NOT_EVENT = /^(?:qua|tới|sau|trước|nay|đầu|cuối|liền|liên tiếp|thứ|học|tài chính)(?![\p{L}])/iu;
const MAX_EVENT = 200;

function eventAt(text: string, from: number, limit: number): { event: string; pair: DatePair | null; end: number } {
  EVENT_END.lastIndex = from;
  const stop = EVENT_END.exec(text);
  const at = stop && stop.index < limit ? stop.index : limit;
  const pair = text[at] === '(' ? parseDatePair(text, at) : null;
  let raw = text.slice(from, at);
  // without dates to close it, an event ends at its first comma ("…, gắn với hoạt động …") or at a "và"
  // going on with another action ("thành lập huyện và đón nhận Huân chương …")
  if (!pair) raw = raw.split(/,\s|\s+và\s+(?=\p{Ll})/u)[0]!;
  if (raw.length > MAX_EVENT) raw = raw.slice(0, MAX_EVENT).replace(/\s+\S*$/, '');
  const event = raw
    .replace(/[*_]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:-]+$/, '')
    .trim();
  return { event, pair, end: pair ? pair.end : from + raw.trimEnd().length };
}

/** "[kỷ niệm] N năm <event> [(dates)]" at `at`; without the keyword it needs dates or a "Ngày …" event. */
function itemAt(text: string, at: number, limit: number): AnniversaryItem | null {
  ITEM.lastIndex = at;
  const m = ITEM.exec(text);
  if (!m) return null;
  const years = Number(m[2]);
  const { event, pair, end } = eventAt(text, at + m[0].length, limit);
  if (years <= 0 || !/^\p{L}/u.test(event) || NOT_EVENT.test(event)) return null;
  if (!m[1] && !pair && !/^ngày\s/iu.test(event)) return null;
  return { years, event, pair, start: at, end };
}

/** A further dated event sharing `prev`'s ordinal, when its dates agree with that ordinal. */
function sharedAt(text: string, prev: AnniversaryItem, limit: number): AnniversaryItem | null {
  SHARED.lastIndex = prev.end;
  const m = SHARED.exec(text);
  if (!m) return null;
  const start = prev.end + m[0].length;
  const { event, pair, end } = eventAt(text, start, limit);
  if (!pair || pair.year - pair.originYear !== prev.years || !event) return null;
  return { years: prev.years, event, pair, start, end };
}

/** Every anniversary of the sentence opened by the "kỷ niệm" at `opener`; `end` is where the scan stopped. */
export function readChain(text: string, opener: number): { items: AnniversaryItem[]; end: number } {
  const limit = sentenceEnd(text, opener);
  const items: AnniversaryItem[] = [];
  const take = (first: AnniversaryItem | null): number | null => {
    let item = first;
    let last: number | null = null;
    while (item) {
      items.push(item);
      last = item.end;
      item = item.pair ? sharedAt(text, item, limit) : null;
    }
    return last;
  };
  let pos = take(itemAt(text, opener, limit)) ?? opener;
  while (pos < limit) {
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (!sep || sep.index >= limit) break;
    const next = sep.index + sep[0].length;
    pos = take(itemAt(text, next, limit)) ?? Math.max(next, pos + 1);
  }
  return { items, end: limit };
}
