import docTypes from '../../data/doc-types.json' with { type: 'json' };
import issuers from '../../data/reference-issuers.json' with { type: 'json' };
import { foldTones, nameKey, toneAgnostic } from '../chars.js';

const foldSlowly = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase();

// Latin letters (Vietnamese ones included) fold one by one: each decomposes to a base letter and marks
// that are all dropped, so no reordering of marks can reach across letters. Other scripts take the slow way.
const LATIN_EXTENDED = 0x1e00;
const BASIC = Array.from({ length: 0x370 }, (_, c) => foldSlowly(String.fromCharCode(c)));
const EXTENDED = Array.from({ length: 0x100 }, (_, c) => foldSlowly(String.fromCharCode(LATIN_EXTENDED + c)));

/**
 * Upper case without tone marks or the Đ stroke: how ký hiệu codes and names are compared. Tone styles
 * (hoà/hòa) fold alike here by construction, as no mark is left; names compared with their marks go through
 * chars.ts nameKey.
 */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < 0x370 ? BASIC[c] : c >= LATIN_EXTENDED && c < 0x1f00 ? EXTENDED[c - LATIN_EXTENDED] : undefined;
    if (f === undefined) return foldSlowly(s);
    out += f;
  }
  return out;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A line break may fall between the words of a type name ("Nghị\nquyết"); either tone style matches.
const phrase = (w: string): string => toneAgnostic(w.split(/\s+/).map(escapeRegExp).join('\\s+'));
const byLengthDesc = (a: string, b: string): number => b.length - a.length;

interface DocTypeEntry {
  name: string;
  words: string[];
  abbreviations: string[];
  byName?: boolean;
}

const entries = docTypes.entries as DocTypeEntry[];

const typeByWord = new Map<string, DocTypeEntry>();
for (const e of entries) for (const w of e.words) typeByWord.set(nameKey(w), e);

/** Every type word, whole words, case-insensitive, longest first so "Thông tư liên tịch" beats "Thông tư". */
export const TYPE_WORD_SOURCE = `(${entries
  .flatMap((e) => e.words)
  .sort(byLengthDesc)
  .map(phrase)
  .join('|')})`;

/** Types cited by their name alone ("Luật Đất đai"), capitalised as written in running text. */
export const BY_NAME_SOURCE = `(${entries
  .filter((e) => e.byName)
  .flatMap((e) => e.words)
  .sort(byLengthDesc)
  .map(phrase)
  .join('|')})`;

/** Fixed terms inside names of laws that hold words which otherwise end a name ("với", "của", "theo"). */
export const LAW_NAME_TERMS: readonly string[] = docTypes.nameTerms.terms;

/** The type a written type word names, or undefined. */
export const typeOfWord = (word: string): { name: string; byName: boolean } | undefined => {
  const e = typeByWord.get(nameKey(word));
  return e && { name: e.name, byName: e.byName === true };
};

/** The ký hiệu codes of the type a type word names ("Chương trình" → CTr). */
export const abbreviationsOfWord = (word: string): readonly string[] =>
  typeByWord.get(nameKey(word))?.abbreviations ?? [];

const typeByAbbr = new Map<string, string>();
for (const e of entries) for (const a of e.abbreviations) typeByAbbr.set(fold(a), e.name);

/** The type an abbreviation in a ký hiệu stands for ("QĐ", "qd", "CTr" …). */
export const typeOfAbbreviation = (code: string): string | undefined => typeByAbbr.get(fold(code));

// Official mixed-case codes keep their case; everything else in a ký hiệu is upper case.
const MIXED_CASE = ['CTr', 'TTr', 'QyĐ', 'QĐi', 'TTg', 'TrS', 'ThU'];
const mixedByUpper = new Map(MIXED_CASE.map((c) => [c.toUpperCase(), c]));
// A unit's own mixed-case code ("GDTrH") is kept as written; a word-like "Ubnd" is not such a code.
const isOwnMixedCase = (code: string): boolean => /\p{Ll}/u.test(code) && /\p{Lu}/u.test(code.slice(1));
export const canonicalCode = (code: string): string => {
  const upper = code.toUpperCase();
  return mixedByUpper.get(upper) ?? (isOwnMixedCase(code) ? code : upper);
};

export const ISSUER_HEADS: string[] = issuers.entries.map((e) => e.head).sort(byLengthDesc);
/** The heads as alternatives for a regex, any white space between words, either tone style ("Tòa án", "Toà án"). */
export const headAlternatives = (heads: readonly string[]): string =>
  heads.map((h) => toneAgnostic(h.replace(/\s+/g, '\\s'))).join('|');
// Stop words are case-sensitive ("về" stops a name, "Về" may not): compared with one tone style, case kept.
const STOP_WORDS: ReadonlySet<string> = new Set(issuers.stopWords.map(foldTones));
export const isIssuerStopWord = (w: string): boolean => STOP_WORDS.has(foldTones(w));
/** Titles of office ("Bộ trưởng"): the body they head may follow on the next line. */
export const OFFICE_TITLES: readonly string[] = issuers.officeTitles.titles;

export interface IssuingVerb {
  verb: string;
  object: boolean;
  prepositions: string[];
}
/** Verbs whose subject issued the document cited right after them ("Sở Nội vụ đã ban hành Kế hoạch số …"). */
export const ISSUING_VERBS: readonly IssuingVerb[] = issuers.issuingVerbs.verbs;
/** A whole-word, case-sensitive pattern of the issuer heads, longest first. */
export const ISSUER_HEAD_SOURCE = `(?<![\\p{L}\\d])(?:${ISSUER_HEADS.map(phrase).join('|')})(?![\\p{L}\\d])`;
export const LINE_BREAKS: { collegial: string[]; placed: string[]; bare: string[]; openers: string[] } =
  issuers.lineBreaks;
