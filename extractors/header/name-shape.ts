import bodiesData from '../../data/issuer-bodies.json' with { type: 'json' };
import { isSpaceCode } from './text.js';

// A cheap first look at a line before it is read as a signer's name: most lines fail it on a few
// characters, and no line that could be read as a name does.

const CAPITALIZED = /^\p{Lu}/u;
// What a name line can hold: letters, apostrophes, and the ranks and degrees before the name ("PGS.TS.").
const HONORIFIC_MARKS = [...new Set([...bodiesData.honorifics.words, ...bodiesData.honorifics.degrees].join(''))]
  .filter((c) => !/[\p{L}\p{M}\s]/u.test(c))
  .map((c) => c.replace(/[\\\]^-]/, '\\$&'))
  .join('');
const NAME_CHARS = new RegExp(`^[\\p{L}\\p{M}'’.\\s${HONORIFIC_MARKS}]+$`, 'u');
/** Does the last word start with a capital? Read from the end: no regex scan of the whole line. */
function lastWordCapitalized(s: string): boolean {
  let end = s.length;
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
  return start < end && CAPITALIZED.test(s.slice(start, end));
}

/**
 * Could the line (signed-note removed) be a name? Ranks and degrees only go before the name, so its
 * last word is capitalized; and it holds nothing but letters, apostrophes and honorifics.
 */
export const mayBeNameLine = (s: string): boolean => lastWordCapitalized(s) && NAME_CHARS.test(s);
