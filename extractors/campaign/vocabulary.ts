import data from '../../data/campaign-cues.json' with { type: 'json' };
import type { Campaign } from '../../output/schema.js';
import { nameKey, toneAgnostic } from '../chars.js';

export type CampaignKind = Campaign['kind'];

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

// Either tone style of a listed phrase matches ("tọa đàm", "toạ đàm").
const escapePhrase = (s: string): string =>
  toneAgnostic(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));

// Without the u flag and lookbehinds the engine scans fast; word boundaries are checked afterwards.
const phrases = (list: string[], flags: string): RegExp =>
  new RegExp(
    [...list]
      .sort((a, b) => b.length - a.length)
      .map(escapePhrase)
      .join('|'),
    flags,
  );

const WORD_CHAR = /[\p{L}\p{N}]/u;
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // Vietnamese letters: Latin-1 and Latin Extended-A/B (but × ÷), Latin Extended Additional
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  return WORD_CHAR.test(ch);
}

/**
 * Whole-word occurrences only: "chủ đề" is not inside "chủ đề tài", nor "phong trào" inside a longer word.
 * `re` must be global; it is reset on entry, and the scan completes before returning.
 */
export function wholeWords(re: RegExp, text: string, first = false): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (isWordChar(text[m.index - 1]) || isWordChar(text[end])) continue;
    out.push({ start: m.index, end, text: m[0] });
    if (first) break;
  }
  return out;
}

/** Like wholeWords, over [from, to) of `text` only; `from` must be where no match of `re` straddles. */
export function wholeWordsIn(re: RegExp, text: string, from: number, to: number, out: PhraseMatch[]): PhraseMatch[] {
  const part = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!isWordChar(text[start - 1]) && !isWordChar(text[end])) out.push({ start, end, text: m[0] });
  }
  return out;
}

export const hasWholeWord = (re: RegExp, text: string): boolean => wholeWords(re, text, true).length > 0;

const KINDS = new Map<string, CampaignKind>(data.cues.map((c) => [nameKey(c.phrase), c.kind as CampaignKind]));

// Phrases of letters and spaces only cannot match across a digit or a punctuation mark.
export const WORDS_ONLY = [...data.cues.map((c) => c.phrase), ...data.otherLeads].every((p) => /^[\p{L} ]+$/u.test(p));

/** Cue phrases ("phong trào thi đua", "cuộc vận động", "chủ đề" …), longest first. */
export const CUE = phrases(
  data.cues.map((c) => c.phrase),
  'gi',
);

// A verb cue ("phát động") launches a campaign only when its quoted name follows at once; "phát động tại
// Quyết định … về “…”" or "phát động, danh hiệu “…”" quote something else.
const BEFORE_QUOTE = new Set(
  data.cues.filter((c) => 'beforeQuote' in c && c.beforeQuote).map((c) => nameKey(c.phrase)),
);
const QUOTE_FOLLOWS = /^[\s*_]*[“"]/;

/** False for a verb cue at [start, end) that no quote follows directly. */
export const cueStands = (text: string, m: PhraseMatch): boolean =>
  !BEFORE_QUOTE.has(nameKey(m.text)) || QUOTE_FOLLOWS.test(text.slice(m.end, m.end + 8));

export const cueKind = (matched: string): CampaignKind =>
  // most cues are written as listed: the text is its own key
  KINDS.get(matched) ?? KINDS.get(nameKey(matched)) ?? 'other';

/** Words naming another kind of quoted thing ("lời dạy", "hội thi", "mô hình" …). */
export const OTHER_LEAD = phrases(data.otherLeads, 'gi');

/** Capitalized document-type words that introduce a referenced document's quoted title. */
export const TITLE_DOC_TYPE = phrases(data.titleDocTypes, 'g');

/** Words after which a quoted phrase is an award's title ("danh hiệu “Chiến sĩ thi đua cơ sở”"). */
export const AWARD_LEAD = phrases(data.awardLeads, 'gi');

const AWARD_NAME = new RegExp(`^(?:${data.awardNames.map(escapePhrase).join('|')})(?![\\p{L}])`, 'iu');
export const isAwardName = (name: string): boolean => AWARD_NAME.test(name);

export const examples = data.examples;
export const counterExamples = data.counterExamples;
