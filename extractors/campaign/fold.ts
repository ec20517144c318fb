/** Match keys for names: the same name written two ways must fold to one key. Runs once per quoted name. */

// New-style tone placement (hoà, khoẻ, thuỷ) folded to old style (hòa, khỏe, thủy) (reference §2): in NFD the
// tone mark follows the second vowel of oa/oe/uy at a syllable's end; it moves to the first.
const MAYBE_NEW_STYLE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/;
const NEW_STYLE = /(o(?=[ae])|u(?=y))([aey])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

// Text with none of these characters (only U+0000-02FF, U+1E00-1EFF, U+2010-2027) is already NFC, every one
// passing the NFC quick check, and each keeps its letter-or-mark nature under NFD: the move can be made on the
// composed text without a round trip.
const NOT_COMPOSED = /[\u0300-\u1dff\u1f00-\u200f\u2028-\uffff]/;
const NEW_STYLE_COMPOSED = /(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;
const OLD_STYLE = new Map(
  [...'àáảãạèéẻẽẹỳýỷỹỵ'].map((v) => {
    const [base, tone] = [...v.normalize('NFD')] as [string, string];
    const first = base === 'y' ? 'u' : 'o';
    return [first + v, `${first}${tone}`.normalize('NFC') + base] as const;
  }),
);

function oldStyle(lower: string): string {
  if (!MAYBE_NEW_STYLE.test(lower)) return lower;
  if (!NOT_COMPOSED.test(lower)) return lower.replace(NEW_STYLE_COMPOSED, (pair) => OLD_STYLE.get(pair)!);
  return lower.normalize('NFD').replace(NEW_STYLE, '$1$3$2').normalize('NFC');
}

// Anything the clean-up below would change; most names have none of it.
const UNTIDY = /[*_“”"]|[^\S ]| [ -]|- /;
const UNTIDY_EDGE = /[ ,.;:…]/;
const untidy = (s: string): boolean =>
  UNTIDY.test(s) || UNTIDY_EDGE.test(s[0] ?? '') || UNTIDY_EDGE.test(s[s.length - 1] ?? '');

/** Match key: lower case, one tone style, markup and outer punctuation dropped, spaces collapsed. */
export function foldKey(s: string): string {
  const folded = oldStyle(s.toLowerCase());
  if (!untidy(folded)) return folded;
  return folded
    .replace(/[*_“”"]/g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:…]+|[\s,.;:…]+$/g, '');
}
