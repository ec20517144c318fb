import data from '../../data/campaign-cues.json' with { type: 'json' };
import type { Campaign } from '../../output/schema.js';

export type CampaignKind = Campaign['kind'];

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

const escapePhrase = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

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
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

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

export const hasWholeWord = (re: RegExp, text: string): boolean => wholeWords(re, text, true).length > 0;

const KINDS = new Map<string, CampaignKind>(data.cues.map((c) => [c.phrase.toLowerCase(), c.kind as CampaignKind]));

/** Cue phrases ("phong trào thi đua", "cuộc vận động", "chủ đề" …), longest first. */
export const CUE = phrases(
  data.cues.map((c) => c.phrase),
  'gi',
);

export const cueKind = (matched: string): CampaignKind =>
  KINDS.get(matched.toLowerCase().replace(/\s+/g, ' ')) ?? 'other';

/** Capitalized document-type words that introduce a referenced document's quoted title. */
export const TITLE_DOC_TYPE = phrases(data.titleDocTypes, 'g');

/** Words after which a quoted phrase is an award's title ("danh hiệu “Chiến sĩ thi đua cơ sở”"). */
export const AWARD_LEAD = phrases(data.awardLeads, 'gi');

const AWARD_NAME = new RegExp(`^(?:${data.awardNames.map(escapePhrase).join('|')})(?![\\p{L}])`, 'iu');
export const isAwardName = (name: string): boolean => AWARD_NAME.test(name);

/** Words naming another kind of quoted thing: "Hội thi “…”", "các mô hình “…”", "lời dạy của Bác “…”". */
export const OTHER_LEAD = phrases(data.otherLeads, 'gi');
// Between such a lead and its quote: at most the owner ("của Bác"), then spaces, a colon or markup.
const LEAD_GAP = /^(?:\s+của\s+[^,;:.“”"\n]{1,40})?[\s:*_]*$/u;
// ("các mô hình của phong trào “…”": the cue in between names what is quoted)
export const isLeadGap = (gap: string): boolean => LEAD_GAP.test(gap) && !hasWholeWord(CUE, gap);

export const examples = data.examples;
export const counterExamples = data.counterExamples;
