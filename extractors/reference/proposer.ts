import { bodyEnd } from './issuer.js';
import { ISSUER_HEAD_SOURCE, ISSUING_VERBS, type IssuingVerb } from './vocabulary.js';

// A Quyết định's preamble names who submitted the Tờ trình before citing it (NĐ 30/2020 Phụ lục I):
// "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 112/TTr-SNV …". That body issued the cited document.
const PROPOSER = /(?:đề nghị|đề xuất)\s+của\s+([^\n;.]{2,120}?)\s+tại\s*$/iu;
// Long enough for the longest body name; the look-back stays on the mention's line.
const WINDOW = 160;
const BODY = /^\p{Lu}/u;

// "<body> (đã) ban hành <citation>", "do <body> phát động tại <citation>", "<body> tặng Bằng khen theo <citation>":
// the verb's subject issued the citation. An object is a few words without digits, so no citation hides in it.
const verbPhrase = ({ verb, object, prepositions }: IssuingVerb): string => {
  const obj = object ? '(?:\\s+\\p{L}+){0,4}?' : '';
  const preps = prepositions.filter(Boolean).join('|');
  const prep = preps ? `(?:\\s+(?:${preps}))${prepositions.includes('') ? '?' : ''}` : '';
  return `${verb.split(' ').join('\\s+')}${obj}${prep}`;
};
const SUBJECT_VERB = new RegExp(`\\s+(?:đã\\s+)?(?:${ISSUING_VERBS.map(verbPhrase).join('|')})\\s*$`, 'u');
const LAST_WORDS = [...new Set(ISSUING_VERBS.flatMap((v) => [v.verb.split(' ').pop()!, ...v.prepositions]))];
const ENDS_LIKE_VERB = new RegExp(`(?:${LAST_WORDS.filter(Boolean).join('|')})\\s*$`, 'u');
const HEAD = new RegExp(ISSUER_HEAD_SOURCE, 'gu');
// a body after "của" belongs to an earlier citation, not to this clause
const AFTER_CUA = /của\s+$/u;

/** The recognised body that is the subject of an issuing verb ending right before `start`, or null. */
function subjectBefore(before: string): string | null {
  const verb = SUBJECT_VERB.exec(before);
  if (!verb) return null;
  const name = before.slice(0, verb.index);
  HEAD.lastIndex = 0;
  // the earliest head whose name runs up to the verb gives the whole name ("Ban Tổ chức Tỉnh ủy")
  for (let m = HEAD.exec(name); m; m = HEAD.exec(name)) {
    if (AFTER_CUA.test(name.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (bodyEnd(name, m.index) === name.length) return name.slice(m.index).replace(/\s+/g, ' ');
  }
  return null;
}

/** The body that issued a mention starting at `start`, when named before it: proposer or subject. */
export function issuerBefore(text: string, start: number): string | null {
  // cheap test first: almost no citation follows "tại", "theo" or an issuing verb
  const tail = text.slice(Math.max(0, start - 8), start);
  if (!ENDS_LIKE_VERB.test(tail)) return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - WINDOW), start);
  const m = PROPOSER.exec(before);
  const body = m?.[1]?.replace(/\s+/g, ' ');
  if (body) return BODY.test(body) ? body : null;
  return subjectBefore(before);
}
