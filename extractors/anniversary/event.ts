import { toneAgnostic } from '../chars.js';
import { type DatePair, parseDatePair } from './date-pair.js';
import { type DayMention, dayClosingEvent, dayInParens } from './day.js';
import { datesAfterWrap } from './wrap.js';

export const KEYWORD = String.raw`(?:k[ỷỉ]|tưởng)\s+niệm`;
export const NEXT_ITEM = String.raw`(?=${KEYWORD}|\d{1,4}\s+năm\s|lần\s+thứ\s+\d)`;
const EVENT_END = new RegExp(String.raw`\(|;|:(?=\s|$)|\n|…|\.(?=\s|$)|\s+và\s+${NEXT_ITEM}|,\s*${NEXT_ITEM}`, 'giu');
// Words that begin the name of a commemorated event: "… thành công và Quốc khánh 2/9" names two events,
// while "Ngày Khoa học và Công nghệ" names one.
const EVENT_HEAD = String.raw`(?:Ngày|Quốc khánh|Chiến thắng|Cách mạng)(?![\p{L}])`;
const HEAD_SPLIT = new RegExp(String.raw`\s+và\s+(?=${EVENT_HEAD})`, 'u');
export const STARTS_WITH_HEAD = new RegExp(`^${EVENT_HEAD}`, 'u');
// When and where the ceremony is held, not what it commemorates: "… Ngày thành lập Đoàn vào ngày 26 tháng 3
// năm 2022", "… vào dịp 20/11", "… tại Hội trường tỉnh", "… từ ngày 10/3 đến 20/3". (An event's own dates, in
// parentheses, come before such words; a day after them is the ceremony's, not the anniversary's.)
const ADJUNCT =
  /\s+(?:vào\s+(?:các\s+|những\s+)?(?:ngày|dịp|lúc|hồi|sáng|trưa|chiều|tối|đêm|thời điểm|tuần|tháng|năm)|nhân\s+dịp|tại|từ\s+(?:ngày\s+)?\d)(?![\p{L}])/iu;
const MAX_EVENT = 200;
// A head-word event's name may hold a comma ("Ngày giải phóng miền Nam, thống nhất đất nước"): a short lower-case
// phrase closing the event goes on with the name, unless it opens a clause of its own ("…, gắn với …",
// "…, tổ chức giao lưu", "…, nhà trường …"): a verb of the plan, a subject, or a linking word.
const NAME_TAIL = /^\p{Ll}+(?: \p{Ll}+){0,3}$/u;
// Either tone style of its words ("tọa đàm", "toạ đàm").
const CLAUSE_OPENER = new RegExp(
  toneAgnostic(
    /^(?:gắn|tổ chức|triển khai|thực hiện|phát động|đẩy mạnh|chào mừng|hướng|nhằm|góp phần|đồng thời|qua đó|kết hợp|tiến tới|đón|tuyên truyền|phấn đấu|hoàn thành|treo|trao|tặng|khen|biểu dương|tuyên dương|ôn|học tập|tìm hiểu|tham gia|thi đua|lập|tri ân|thăm|viếng|dâng|ra quân|phát huy|nâng cao|xây dựng|giáo dục|gặp mặt|mít tinh|tọa đàm|vận động|chăm lo|hỗ trợ|các|những|mọi|toàn|nhà|cán bộ|đoàn viên|hội viên|học sinh|sinh viên|nhân dân|đã|sẽ|được|đang|cũng|để|nhân|theo|trong|tại|vào|với|từ|và|hoặc)(?![\p{L}])/u
      .source,
  ),
  'u',
);
const isNameTail = (tail: string): boolean => NAME_TAIL.test(tail) && !CLAUSE_OPENER.test(tail) && !/ và /.test(tail);

const yearsOnly = (pair: DatePair): boolean => pair.originDate === null && pair.date === null;

export interface EventText {
  event: string;
  pair: DatePair | null;
  day: DayMention | null;
  end: number;
}

/** Where the event's words stop: a date pair's "(", a clause break, or the line end. */
function eventStop(text: string, from: number, limit: number): number {
  EVENT_END.lastIndex = from;
  const stop = EVENT_END.exec(text);
  const at = stop && stop.index < limit ? stop.index : limit;
  if (text[at] !== '\n') return at;
  const paren = datesAfterWrap(text, from, at);
  return paren >= 0 ? paren : at;
}

/**
 * The event named from `from` on, with the dates or the day that close it. A `properName` (a capitalised
 * list item such as "Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968") keeps a "và" of its own.
 */
export function eventAt(text: string, from: number, limit: number, properName = false): EventText {
  const at = eventStop(text, from, limit);
  let pair = text[at] === '(' ? parseDatePair(text, at) : null;
  let day = !pair && text[at] === '(' ? dayInParens(text, at) : null;
  let raw = text.slice(from, at).trimEnd();
  if (!pair && !day) {
    const adjunct = ADJUNCT.exec(raw);
    if (adjunct) raw = raw.slice(0, adjunct.index);
  }
  let end = pair?.end ?? day?.end ?? from + raw.length;
  const trailing = pair || day ? null : dayClosingEvent(raw, from, STARTS_WITH_HEAD.test(raw));
  if (trailing) {
    day = trailing.day;
    raw = raw.slice(0, trailing.cut);
    end = day.end;
  }
  // without a dated span, "A và Quốc khánh …" names a second event; its day (if any) is its own. Years alone
  // ("… thành công và Quốc khánh … (1945 - 2025)") date both events alike, so they part the same way; the
  // second event reads them again.
  const split = pair && !yearsOnly(pair) ? null : HEAD_SPLIT.exec(raw);
  if (split) {
    raw = raw.slice(0, split.index);
    pair = null;
    day = null;
    end = from + raw.length;
  }
  // without dates to close it, an event ends at its first comma ("…, gắn với hoạt động …") or at a "và"
  // going on with another action ("thành lập huyện và đón nhận Huân chương …")
  if (!pair && !day) {
    const parts = raw.split(properName ? /,\s/u : /,\s|\s+và\s+(?=\p{Ll})/u);
    const tail = raw.slice(parts[0]!.length).replace(/^,\s/u, '').trimEnd();
    const named = !properName && parts.length === 2 && STARTS_WITH_HEAD.test(raw) && isNameTail(tail);
    if (!named) raw = parts[0]!;
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
