import type { Source } from '../output/schema.js';
import type { Doc, Ingested } from './document.js';
import { identityMap } from './document.js';
import { compose, type Rewrite, rewrite } from './edit.js';

/** One named normalization step: returns null when it changes nothing. */
export interface NormalizeStep {
  name: string;
  apply: (text: string) => Rewrite | null;
}

const step = (name: string, re: RegExp, replace: (m: RegExpExecArray) => string): NormalizeStep => ({
  name,
  apply: (text) => rewrite(text, re, replace),
});

const QUOTES: Record<string, string> = {
  '„': '“',
  '‟': '“',
  '«': '“',
  '»': '”',
  '‚': '‘',
  '‛': '‘',
  '`': "'",
  '´': "'",
};

// Order matters (reference §3): compose marks first, then repair characters, then white space.
export const STEPS: NormalizeStep[] = [
  // A base letter followed by combining marks (NFD text, PDFs, Unicode tổ hợp) becomes one code point.
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class is meant to hold combining marks alone
  step('nfc', /[^\u0300-\u036f\n][\u0300-\u036f]+/g, (m) => m[0].normalize('NFC')),
  // Latin eth looks like Đ and comes from CP1258/VISCII read as Latin-1.
  step('d-stroke', /[ÐðƉ]/g, (m) => (m[0] === 'ð' ? 'đ' : 'Đ')),
  step('invisible', /[\u200B-\u200D\u2060\uFEFF\u00AD]/g, () => ''),
  step('symbol-bullets', /[\uF0A7\uF0B7\uF0D8\uF0FC\u2022\u25CF\u25AA\u00B7]/g, () => '-'),
  step('dashes', /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, () => '-'),
  step('quotes', /[„‟«»‚‛`´″]/g, (m) => QUOTES[m[0]] ?? '"'),
  step('ligatures', /[\uFB00-\uFB06]/g, (m) => m[0].normalize('NFKC')),
  step('line-breaks', /\r\n?|[\u2028\u2029\v\f]/g, () => '\n'),
  step('spaces', /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, () => ' '),
  // Runs of spaces, and spaces at line ends, carry no meaning in these documents.
  step('collapse-spaces', /(?<=^|\n) +| +(?=\n|$)| {2,}/g, (m) => {
    const before = m.input[m.index - 1];
    const after = m.input[m.index + m[0].length];
    return before === undefined || before === '\n' || after === undefined || after === '\n' ? '' : ' ';
  }),
  step('collapse-blank-lines', /\n{3,}/g, () => '\n\n'),
];

export function normalize(source: Source, ingested: Ingested, steps: NormalizeStep[] = STEPS): Doc {
  let text = ingested.text;
  // The first step that changes anything supplies the map; most steps change nothing.
  let map: Int32Array | null = null;
  for (const s of steps) {
    const r = s.apply(text);
    if (!r) continue;
    text = r.text;
    map = map ? compose(map, r.origin) : r.origin;
  }
  return {
    source,
    text,
    map: map ?? identityMap(text.length),
    ingested: ingested.text,
    warnings: [...ingested.warnings],
  };
}

/** A document from plain text, for tests and the library API. */
export function docFromText(text: string, path = 'inline.txt'): Doc {
  return normalize({ path, format: 'txt', bytes: Buffer.byteLength(text), sha256: '' }, { text, warnings: [] });
}
