/**
 * Is a PDF page's text layer real text, or garbage left by a scanner's OCR (English engine: tones
 * dropped or turned into symbols; broken fonts: mojibake)? Three measurable shares decide, with
 * thresholds set on this repo's fixtures: over the 113 pages of ≥ 30 words in the seed/variant/holdout PDFs,
 * syllables ≥ 0.81, marked ≥ 0.66, foreign = 0; a tone-stripped seed scores marked 0, TCVN3 read as
 * Latin-1 foreign 0.21, English syllables 0.23 (rows in test/ocr.test.ts).
 */
import { isVietnameseSyllable } from './syllable.js';

export interface LayerStats {
  /** words (runs of letters) looked at, abbreviations in capitals left out */
  words: number;
  /** share of words that are well-formed Vietnamese syllables */
  syllables: number;
  /** share of words that carry a Vietnamese letter or tone (ă â đ ê ô ơ ư, any tone) */
  marked: number;
  /** share of visible characters outside Vietnamese letters, ASCII and common typography */
  foreign: number;
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** In NFD: đ, or a tone, circumflex, breve or horn (which English and mojibake text lack). */
const VIETNAMESE_D = /[đĐ]/u;
const VIETNAMESE_DIACRITIC = /[\u0300-\u0303\u0306\u0309\u031b\u0323]/u;
/** Letters of the Vietnamese alphabet with any tone, precomposed. */
const VIETNAMESE_LETTER = /[a-zA-Zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** Characters a Vietnamese document may show besides letters (and tones left uncomposed). */
const TYPOGRAPHY = /[\x21-\x7e\u00a0\u00b0\u00b7\u00ab\u00bb\u2010-\u2015\u2018-\u201f\u2022\u2026\u2116]/u;

const isMarked = (word: string): boolean => VIETNAMESE_D.test(word) || VIETNAMESE_DIACRITIC.test(word.normalize('NFD'));

/** UBND, HĐND, TN, MT: abbreviations in capitals are neither syllables nor garbage, so they are not counted. */
const isAbbreviation = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w) && !isVietnameseSyllable(w);

/** Raw counts of a text layer: pages add up, so a document is judged without scanning it again. */
export interface LayerCounts {
  words: number;
  syllables: number;
  marked: number;
  visible: number;
  foreign: number;
}

export function layerCounts(text: string): LayerCounts {
  const words = (text.match(WORD) ?? []).filter((w) => !isAbbreviation(w));
  let syllables = 0;
  let marked = 0;
  for (const w of words) {
    if (isVietnameseSyllable(w)) syllables++;
    if (isMarked(w)) marked++;
  }
  let visible = 0;
  let foreign = 0;
  for (const c of text.normalize('NFC')) {
    if (/\s/u.test(c)) continue;
    visible++;
    if (!VIETNAMESE_LETTER.test(c) && !TYPOGRAPHY.test(c) && !VIETNAMESE_DIACRITIC.test(c)) foreign++;
  }
  return { words: words.length, syllables, marked, visible, foreign };
}

export const addCounts = (all: LayerCounts[]): LayerCounts =>
  all.reduce(
    (a, b) => ({
      words: a.words + b.words,
      syllables: a.syllables + b.syllables,
      marked: a.marked + b.marked,
      visible: a.visible + b.visible,
      foreign: a.foreign + b.foreign,
    }),
    { words: 0, syllables: 0, marked: 0, visible: 0, foreign: 0 },
  );

export function statsOf(c: LayerCounts): LayerStats {
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  return {
    words: c.words,
    syllables: share(c.syllables, c.words),
    marked: share(c.marked, c.words),
    foreign: share(c.foreign, c.visible),
  };
}

export const layerStats = (text: string): LayerStats => statsOf(layerCounts(text));

/** Fewer words than this say too little to judge (a stamp, a page number, a signature block). */
export const MIN_WORDS = 30;
const MIN_SYLLABLES = 0.5;
const MIN_MARKED = 0.3;
const MAX_FOREIGN = 0.03;

/** Why a layer is garbage, or undefined when it reads as text (or has fewer than `minWords` to judge). */
export function garbageReason(stats: LayerStats, minWords = MIN_WORDS): string | undefined {
  if (stats.words < minWords) return undefined;
  const pct = (x: number): string => `${Math.round(100 * x)}%`;
  if (stats.foreign > MAX_FOREIGN) return `${pct(stats.foreign)} of its characters are mojibake`;
  if (stats.syllables < MIN_SYLLABLES) return `only ${pct(stats.syllables)} of its words are Vietnamese syllables`;
  if (stats.marked < MIN_MARKED) return `only ${pct(stats.marked)} of its words carry Vietnamese marks`;
  return undefined;
}
