import { toneAgnostic } from '../chars.js';
import { isoDay } from './date.js';
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
  // "Chủ tịch UBND tỉnh ký ban hành Quy chế số …": signing is how the head issues it
  const signed = verb === 'ban hành' ? '(?:ký\\s+)?' : '';
  return toneAgnostic(`${signed}${verb.split(' ').join('\\s+')}${obj}${prep}`);
};
const SUBJECT_VERB = new RegExp(`\\s+(?:đã\\s+)?(?:${ISSUING_VERBS.map(verbPhrase).join('|')})\\s*$`, 'u');
const ISSUES = /ban\s+hành/u;
// "Ngày 07/11/2006, Bộ Chính trị ban hành Chỉ thị số …": a sentence that opens with a full date and then
// names the issuing body dates the issuing itself; anything else between ("tại hội nghị") is not trusted.
const OPENING_DATE =
  /(^|[.;:!?]\s+)Ngày\s+(\d{1,2})(?:\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})|\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})),\s*$/u;

/** The issuer named before a citation and, when the sentence opens with it, the date it issued the citation. */
export interface IssuedBefore {
  issuer: string;
  issuedOn: string | null;
}
const LAST_WORDS = [...new Set(ISSUING_VERBS.flatMap((v) => [v.verb.split(' ').pop()!, ...v.prepositions]))];
const ENDS_LIKE_VERB = new RegExp(`(?:${toneAgnostic(LAST_WORDS.filter(Boolean).join('|'))})\\s*$`, 'u');
const HEAD = new RegExp(ISSUER_HEAD_SOURCE, 'gu');
// a body after "của" belongs to an earlier citation, not to this clause
const AFTER_CUA = /của\s+$/u;

/** The recognised body that is the subject of an issuing verb ending right before `start`, or null. */
function subjectBefore(before: string, atLineStart: boolean): IssuedBefore | null {
  const verb = SUBJECT_VERB.exec(before);
  if (!verb) return null;
  const name = before.slice(0, verb.index);
  HEAD.lastIndex = 0;
  // the earliest head whose name runs up to the verb gives the whole name ("Ban Tổ chức Tỉnh ủy")
  for (let m = HEAD.exec(name); m; m = HEAD.exec(name)) {
    if (AFTER_CUA.test(name.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (bodyEnd(name, m.index) !== name.length) continue;
    const issuer = name.slice(m.index).replace(/\s+/g, ' ');
    return { issuer, issuedOn: ISSUES.test(verb[0]) ? openingDate(name.slice(0, m.index), atLineStart) : null };
  }
  return null;
}

function openingDate(prefix: string, atLineStart: boolean): string | null {
  const d = OPENING_DATE.exec(prefix);
  // at the window's edge only a line start proves the sentence opens there
  if (!d || (d[1] === '' && !atLineStart)) return null;
  return isoDay(Number(d[2]), Number(d[3] ?? d[5]), Number(d[4] ?? d[6]));
}

/** The body that issued a mention starting at `start`, when named before it: proposer or subject. */
export function issuerBefore(text: string, start: number): IssuedBefore | null {
  // cheap test first: almost no citation follows "tại", "theo" or an issuing verb
  const tail = text.slice(Math.max(0, start - 8), start);
  if (!ENDS_LIKE_VERB.test(tail)) return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - WINDOW);
  const before = text.slice(from, start);
  const m = PROPOSER.exec(before);
  const body = m?.[1]?.replace(/\s+/g, ' ');
  if (body) return BODY.test(body) ? { issuer: body, issuedOn: null } : null;
  return subjectBefore(before, from === lineStart);
}
