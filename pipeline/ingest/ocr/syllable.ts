/**
 * Is a word a well-formed Vietnamese syllable? Orthography only (onset + vowel group + final consonant,
 * at most one tone mark), not a dictionary: enough to tell a real text layer from OCR garbage, where
 * most "words" are letter soup ("Cé6ng", "tbuc", "ngiiy") or English-engine output without tones.
 */

import { TONE_MARKS } from '../../../extractors/chars.js';

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Vowel groups that end in a glide and so take no final consonant (tai, mèo, người, khuỷu). */
const OPEN = 'oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|ia|ua|ưa|uya';
/** Vowel groups that may take a final consonant (an, tiến, thuyền, xoong). */
const CLOSABLE = 'uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uơ|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';
const CODA = '(?:ch|ng|nh|[cmnpt])';

const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${OPEN})|(?:${CLOSABLE})${CODA}?)$`, 'u');

/** Removes the five tone marks (keeping â ê ô ơ ư ă đ) and counts them. */
function untoned(word: string): { base: string; tones: number } {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  return { base: decomposed.replace(TONE_MARKS, '').normalize('NFC'), tones };
}

export function isVietnameseSyllable(word: string): boolean {
  const { base, tones } = untoned(word);
  if (tones > 1 || base === '') return false;
  // "gi" before no other vowel is gi + i (gì, gìn): the onset "g" with the vowel "i"
  return SYLLABLE.test(base) || /^gi(?:[cmnpt]|ch|ng|nh)?$/u.test(base);
}
