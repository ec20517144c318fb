import data from '../../data/campaign-cues.json' with { type: 'json' };
import { nameKey } from '../chars.js';
import { CUE, hasWholeWord, isWordChar, OTHER_LEAD } from './vocabulary.js';

/**
 * Words naming another kind of quoted thing right before a quote: "Hội thi “…”", "các mô hình “…”", "ứng dụng
 * “…”", "lời dạy của Bác “…”". Looked up by the words just before each quote rather than searched for in the
 * text, so a longer list costs nothing.
 */
const LEADS = new Set(data.otherLeads.map(nameKey));
const LAST_WORDS = new Set([...LEADS].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
const MAX_WORDS = Math.max(...data.otherLeads.map((p) => p.split(' ').length));
// How far the owner may stretch a lead from its quote.
const LEAD_GAP = 60;
// Normalized text has no other white space (tabs and nbsp became spaces).
const isSpace = (c: number): boolean => c === 32 || c === 10;
// Between lead and quote: spaces, a colon or markup (* _); or the owner ("của Bác") first.
const isSoft = (c: number): boolean => isSpace(c) || c === 58 || c === 42 || c === 95;
const OWNER = /^\s+của\s+[^,;:.“”"\n]{1,40}[\s:*_]*$/u;

/** Start of the word ending at `end` (`end` itself when no word ends there). */
function wordStart(text: string, end: number): number {
  let j = end;
  while (j > 0 && isWordChar(text[j - 1])) j--;
  return j;
}

/** True when a lead phrase ends at `end`, i.e. the last 1…MAX_WORDS words before it spell one. */
function leadEndsAt(text: string, end: number): boolean {
  let j = wordStart(text, end);
  if (j === end) return false;
  let phrase = nameKey(text.slice(j, end));
  // most quotes follow a word that ends no lead: one look-up settles them
  if (!LAST_WORDS.has(phrase)) return false;
  for (let n = 1; ; n++) {
    if (LEADS.has(phrase)) return true;
    if (n === MAX_WORDS) return false;
    let i = j;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === j) return false; // words of a phrase are parted by spaces only
    j = wordStart(text, i);
    if (j === i) return false;
    phrase = `${nameKey(text.slice(j, i))} ${phrase}`;
  }
}

/** True when the quote opening at `open` is named by a lead, not by a campaign cue. */
export function ledByOtherKind(text: string, open: number): boolean {
  let e = open;
  while (e > 0 && isSoft(text.charCodeAt(e - 1))) e--;
  if (leadEndsAt(text, e)) return true;
  const from = Math.max(0, open - LEAD_GAP);
  const of = text.slice(from, open).lastIndexOf(' của ');
  if (of < 0) return false;
  let leadEnd = from + of;
  while (leadEnd > 0 && isSpace(text.charCodeAt(leadEnd - 1))) leadEnd--;
  const gap = text.slice(leadEnd, open);
  // "các mô hình của phong trào “…”": the cue in between names what is quoted
  return OWNER.test(gap) && !hasWholeWord(CUE, gap) && leadEndsAt(text, leadEnd);
}

// A quote the clause introduces with a colon: "… ngày 10/8/1948: “…”".
const COLON_BEFORE = /:[\s*_]*$/;

/**
 * True when a lead stands anywhere in `[from, open)` and the quote opening at `open` follows a colon: the lead
 * introduces what the colon quotes, however much (an owner, a letter, a date) stands between them
 * ("… lời dạy của Chủ tịch Hồ Chí Minh trong Thư gửi … ngày 10/8/1948: “…”").
 */
export function colonLedByOtherKind(text: string, from: number, open: number): boolean {
  return (
    COLON_BEFORE.test(text.slice(Math.max(from, open - 8), open)) && hasWholeWord(OTHER_LEAD, text.slice(from, open))
  );
}
