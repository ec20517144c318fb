/**
 * Unicode → legacy text, as Windows-1252 characters (encodeCp1252 gives the bytes). The pipeline
 * never encodes; fixtures and tests make legacy documents with it. Throws on a character the
 * encoding cannot hold, so nothing is lost silently.
 */
import { stripTones } from '../../../extractors/chars.js';
import { TCVN3_LETTERS } from './tcvn3.js';
import { VNI_SINGLES } from './vni.js';

const hasTone = (letter: string): boolean => letter !== stripTones(letter);

const TCVN3_CODE = new Map(Object.entries(TCVN3_LETTERS).map(([seen, letter]) => [letter, seen]));
// Windows-1252 symbols TCVN3 leaves as they are (“ ” – … and the no-break space); Latin-1 letters are its codes
const PASSED =
  /[\u00A0\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

const unencodable = (c: string, encoding: string) =>
  new RangeError(`U+${c.codePointAt(0)!.toString(16).toUpperCase()} "${c}" has no ${encoding} code`);

/**
 * How to write a toned capital, which TCVN3 lacks: 'code' as an all-capitals font stores it (the
 * lowercase code), 'pair' as converters did in a regular font (capital base + lowercase code, "Uñ" = Ủ).
 */
export type Tcvn3Capital = 'code' | 'pair';

export function toTcvn3Letter(letter: string, capital: Tcvn3Capital = 'code'): string {
  if (letter < '\u0080' || PASSED.test(letter)) return letter;
  const code = TCVN3_CODE.get(letter);
  if (code) return code;
  const lower = letter.toLowerCase();
  const lowerCode = TCVN3_CODE.get(lower) ?? (lower === letter ? undefined : toAsciiOrUndefined(lower));
  if (lowerCode === undefined || lower === letter) throw unencodable(letter, 'TCVN3');
  return capital === 'pair' && hasTone(letter) ? toTcvn3Letter(stripTones(letter)) + lowerCode : lowerCode;
}

const toAsciiOrUndefined = (c: string) => (c < '\u0080' ? c : undefined);

export const toTcvn3 = (text: string, capital: Tcvn3Capital = 'code'): string =>
  [...text.normalize('NFC')].map((c) => toTcvn3Letter(c, capital)).join('');

// VNI: base letter + mark byte; uppercase letters take the mark byte 0x20 lower
const VNI_SINGLE_CODE = new Map(Object.entries(VNI_SINGLES).map(([seen, letter]) => [letter, seen]));
const VNI_MARK: Record<string, string> = {
  '\u0301': 'ù',
  '\u0300': 'ø',
  '\u0309': 'û',
  '\u0303': 'õ',
  '\u0323': 'ï',
  '\u0302': 'â',
  '\u0302\u0301': 'á',
  '\u0302\u0300': 'à',
  '\u0302\u0309': 'å',
  '\u0302\u0303': 'ã',
  '\u0302\u0323': 'ä',
  '\u0306': 'ê',
  '\u0306\u0301': 'é',
  '\u0306\u0300': 'è',
  '\u0306\u0309': 'ú',
  '\u0306\u0303': 'ü',
  '\u0306\u0323': 'ë',
};

export function toVniLetter(letter: string): string {
  if (letter < '\u0080' || PASSED.test(letter)) return letter;
  const lower = letter.toLowerCase();
  const upper = lower !== letter;
  const single = VNI_SINGLE_CODE.get(lower);
  if (single) return upper ? single.toUpperCase() : single;
  const nfd = lower.normalize('NFD');
  const shape = /[\u0302\u0306\u031B]/.exec(nfd)?.[0] ?? '';
  const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(nfd)?.[0] ?? '';
  // ơ and ư are one byte (ô, ö) that a tone byte follows
  const head = shape === '\u031B' ? VNI_SINGLE_CODE.get(nfd[0] === 'o' ? 'ơ' : 'ư') : nfd[0];
  const mark = VNI_MARK[shape === '\u031B' ? tone : shape + tone];
  if (!mark || !head || !/^[a-zôö]$/.test(head)) throw unencodable(letter, 'VNI');
  return upper ? head.toUpperCase() + mark.toUpperCase() : head + mark;
}

export const toVni = (text: string): string => [...text.normalize('NFC')].map(toVniLetter).join('');
