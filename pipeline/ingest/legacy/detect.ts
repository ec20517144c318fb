/**
 * Character statistics that tell legacy Vietnamese text from Unicode (reference
 * vietnamese-text.md §1.7). Rates are per letter; on a decree sample TCVN3 shows 0.18 of
 * its marks, VNI 0.19 of its letter pairs, CP1258 0.18 of its tone bytes, while Unicode
 * Vietnamese and French or German text stay under 0.015 on all three.
 */
import { isVniPair, VNI_MARK_BYTES } from './vni.js';

export type SingleByteEncoding = 'tcvn3' | 'vni' | 'windows-1258';

export interface LegacyStats {
  letters: number;
  /** a-z, A-Z: in legacy Vietnamese most letters, since codes stand only for the accented ones */
  asciiLetters: number;
  /** letters only Unicode Vietnamese has (ơ, ư, ạ …) and combining tones */
  vietnamese: number;
  /** ¡ … ¿: TCVN3's a-row and vowel bases; never in VNI */
  tcvn3: number;
  /** vowel + VNI mark byte it takes ("aù", "oä"), or VNI's one-byte đ/ư */
  vni: number;
  /** a VNI mark byte after a letter that cannot take it, or after no letter ("élève", "Noël"): not VNI */
  vniOrphans: number;
  /** vowel + a Windows-1258 tone byte read as Windows-1252 ("oÌ", "êò") */
  cp1258: number;
  /** UTF-8 read as Windows-1252 ("Ã¡", "á»") — also full of ¡…¿ */
  mojibake: number;
  /** how many different characters made the tcvn3 and vni counts: a few stray «»° are not a code page */
  tcvn3Kinds: number;
  vniKinds: number;
}

const VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const VOWEL = 'aeiouyAEIOUY';
const VNI_BASES = `${VOWEL}ôÔöÖ`;
const VNI_ONE_BYTE = 'ñÑöÖ';
const CP1258_BASES = `${VOWEL}âêôãõýÂÊÔÃÕÝ`;
const CP1258_TONES = 'ÌìÒÞò';
const MOJIBAKE_LEADS = 'ÃÄÅÆ';

const isLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xa1 && c <= 0x24f) || (c >= 0x1ea0 && c <= 0x1ef9);

export function legacyStats(text: string): LegacyStats {
  const s: LegacyStats = {
    letters: 0,
    asciiLetters: 0,
    vietnamese: 0,
    tcvn3: 0,
    vni: 0,
    vniOrphans: 0,
    cp1258: 0,
    mojibake: 0,
    tcvn3Kinds: 0,
    vniKinds: 0,
  };
  let tcvn3Seen = 0;
  let vniSeen = 0;
  let prev = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (isLetter(c)) {
      s.letters++;
      if (c < 0x80) s.asciiLetters++;
    }
    if (c >= 0x80) {
      if (VIETNAMESE.test(ch) || (TONE_MARK.test(ch) && prev !== '')) s.vietnamese++;
      else if (c >= 0xa1 && c <= 0xbf) {
        s.tcvn3++;
        tcvn3Seen |= 1 << (c - 0xa1);
        if (prev === 'á' && (ch === 'º' || ch === '»')) s.mojibake++;
      }
      const mark = VNI_MARK_BYTES.includes(ch);
      if ((mark && isVniPair(prev, ch)) || VNI_ONE_BYTE.includes(ch)) {
        s.vni++;
        vniSeen |= 1 << (c & 0x1f);
        if (mark) {
          prev = ''; // the pair is one letter: a mark right after it has no base
          continue;
        }
      } else if (mark) s.vniOrphans++;
      if (CP1258_TONES.includes(ch) && CP1258_BASES.includes(prev)) s.cp1258++;
      if (MOJIBAKE_LEADS.includes(prev) && (c <= 0xbf || c > 0x24f)) s.mojibake++;
    }
    prev = ch;
  }
  s.tcvn3Kinds = bitCount(tcvn3Seen);
  s.vniKinds = bitCount(vniSeen);
  return s;
}

const bitCount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
};

const MIN_LETTERS = 20;
const MIN_MARKS = 3;
const MIN_RATE = 0.04;
const MIN_KINDS = 3;

/** The single-byte encoding the statistics point to, or null (Unicode, another language, too short). */
export function detectFromStats(s: LegacyStats): SingleByteEncoding | null {
  if (s.letters < MIN_LETTERS || s.vietnamese > s.letters * 0.02 || s.asciiLetters < s.letters / 2) return null;
  // UTF-8 read as Windows-1252 is full of ¡…¿ too: not TCVN3 (and not ours to repair)
  const mojibake = s.mojibake >= MIN_MARKS && s.mojibake * 2 >= s.tcvn3;
  const candidates: [SingleByteEncoding, number][] = [
    ['tcvn3', s.tcvn3Kinds >= MIN_KINDS && !mojibake ? s.tcvn3 : 0],
    ['vni', s.vniKinds >= MIN_KINDS && s.vniOrphans * 4 <= s.vni ? s.vni : 0],
    ['windows-1258', s.cp1258],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  const [best, count] = candidates[0]!;
  const runnerUp = candidates[1]![1];
  return count >= MIN_MARKS && count / s.letters >= MIN_RATE && count > runnerUp * 1.5 ? best : null;
}

/** TCVN3 or VNI text read as Windows-1252, by character statistics; null for anything else. */
export function detectLegacy(text: string): 'tcvn3' | 'vni' | null {
  const found = detectFromStats(legacyStats(text));
  return found === 'windows-1258' ? null : found;
}

/** Quick look for characters legacy text cannot do without (TCVN3's ¡…¿, VNI's đ/ư): skips clean Unicode text. */
export const hasLegacyHint = (text: string): boolean => /[\u00A1-\u00BF\u00D1\u00F1\u00D6\u00F6]/.test(text);

/** Characters that do not occur in Unicode Vietnamese but do in text of this encoding. */
const MARKERS: Record<'tcvn3' | 'vni', RegExp> = {
  tcvn3: /[\u00A1-\u00BFÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ]/,
  vni: new RegExp(`[ñÑöÖîÎæÆ]|[${VNI_BASES}][${VNI_MARK_BYTES}]`),
};
export const hasMarkers = (text: string, encoding: 'tcvn3' | 'vni'): boolean => MARKERS[encoding].test(text);

// Windows-1252 letters at the bytes TCVN3 leaves unused (C0–C5, CD, D9–DB, E0, F0, FF): "và" is not TCVN3.
const NOT_TCVN3 = /[À-ÅÍÙ-Ûàðÿ]/;

/** Characters this encoding cannot produce: a TCVN3-unused byte, a VNI mark byte without its base ("Các"). */
export function contradicts(text: string, encoding: 'tcvn3' | 'vni'): boolean {
  if (encoding === 'tcvn3') return NOT_TCVN3.test(text);
  let paired = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!VNI_MARK_BYTES.includes(c)) {
      paired = false;
      continue;
    }
    if (paired || !isVniPair(text[i - 1] ?? '', c)) return true;
    paired = true;
  }
  return false;
}
export const hasVietnamese = (text: string): boolean =>
  VIETNAMESE.test(text) || /[A-Za-z\u00C0-\u01B0][\u0300\u0301\u0303\u0309\u0323]/.test(text);
