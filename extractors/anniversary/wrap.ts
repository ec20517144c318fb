/**
 * A centred subject line, or a PDF's line breaking, can wrap an event's name before its dates:
 * "…kỷ niệm 91 năm Ngày thành lập⏎Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2022)". The line break does not end
 * the event when the next line goes on with it and soon reaches the dates' opening parenthesis, or opens
 * with them.
 */

import { parseDatePair } from './date-pair.js';

// How far into the next line the dates may start; nearer still when more text follows them on that line.
const MAX_RUN_ON = 120;
const SHORT_RUN_ON = 60;
// A line that starts a new list item ("1.", "2.1.", "a)", "-", "+", "•", "*", "II.") is not a continuation.
const NEW_ITEM = /^(?:[-+•*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVXLC]+\.\s)/u;
// Between the line start and the dates: the event's words only, no clause or sentence break.
const NOT_EVENT_WORDS = /[;:…“”"()]|\.(?:\s|$)/u;
// A line with its own "kỷ niệm" or "N năm" starts another mention ("Lập thành tích chào mừng kỷ niệm 50 năm …").
const OWN_MENTION = /(?:k[ỷỉ]|tưởng)\s+niệm|\d{1,4}\s+năm\s/iu;
const LINE_TAIL = /^[\s*_.,;:]*$/;
const LETTER = /\p{L}/u;
const MARKUP = /[*_]/;

/** A heading line is all capitals ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"). */
const isHeading = (s: string): boolean => s === s.toUpperCase() && LETTER.test(s);

/**
 * The offset of the "(" on the line after the break at `lineBreak` that opens an event's pair of dates, or -1
 * when that line does not carry on the event. Only one break is crossed: a blank line ends the event.
 */
export function datesAfterWrap(text: string, eventStart: number, lineBreak: number): number {
  let k = lineBreak - 1;
  while (k > eventStart && MARKUP.test(text[k]!)) k--;
  if (k <= eventStart || !LETTER.test(text[k]!)) return -1;
  let s = lineBreak + 1;
  if (text[s] === '\n') return -1;
  const lineEnd = text.indexOf('\n', s);
  const stop = lineEnd < 0 ? text.length : lineEnd;
  if (NEW_ITEM.test(text.slice(s, Math.min(stop, s + 12)))) return -1;
  while (s < stop && MARKUP.test(text[s]!)) s++;
  if (NEW_ITEM.test(text.slice(s, Math.min(stop, s + 12)))) return -1;
  const reach = text.slice(s, Math.min(stop, s + MAX_RUN_ON + 1));
  const at = reach.indexOf('(');
  if (at < 0) return -1;
  const paren = s + at;
  // the dates alone on the next line: "…Chiến thắng Điện Biên Phủ⏎(07/5/1954 - 07/5/2024)"
  if (at === 0) return parseDatePair(text, paren) ? paren : -1;
  const words = reach.slice(0, at);
  if (!LETTER.test(words[0] ?? '') || NOT_EVENT_WORDS.test(words) || OWN_MENTION.test(words)) return -1;
  // a heading goes on only a heading: "KỶ NIỆM 91 NĂM NGÀY THÀNH LẬP⏎ĐOÀN TNCS HỒ CHÍ MINH (…)"
  if (isHeading(words) && !isHeading(text.slice(eventStart, lineBreak))) return -1;
  const pair = parseDatePair(text, paren);
  if (!pair) return -1;
  return paren - s <= SHORT_RUN_ON || LINE_TAIL.test(text.slice(pair.end, stop)) ? paren : -1;
}
