/**
 * How a TCVN3 text without font information writes the capitals TCVN3 lacks: a word in capitals
 * as typed under .VnTimeH with caps lock (ASCII capitals, lowercase codes: "CéNG HßA"), a toned
 * capital in a lower-case word as converters wrote it (capital base + lowercase code: "Uñy").
 */
import { toTcvn3 } from '../../pipeline/ingest/legacy/encode.js';

const WORD = /(\p{L}+)/u;
export const isCapsWord = (w: string): boolean => /\p{L}/u.test(w) && !/\p{Ll}/u.test(w);

/** Words of a line, each flagged as written in capitals (a one-letter word only beside a longer one). */
export function capsWords(line: string): { text: string; word: boolean; caps: boolean }[] {
  const parts = line.split(WORD).map((text, n) => ({ text, word: n % 2 === 1, caps: false }));
  const words = parts.filter((p) => p.word);
  words.forEach((w, i) => {
    const long = (x: (typeof words)[number] | undefined) => x !== undefined && x.text.length > 1 && isCapsWord(x.text);
    w.caps = isCapsWord(w.text) && (w.text.length > 1 || long(words[i - 1]) || long(words[i + 1]));
  });
  return parts;
}

export const tcvn3Line = (line: string): string =>
  capsWords(line)
    .map((p) => toTcvn3(p.text, p.caps ? 'code' : 'pair'))
    .join('');

export const tcvn3Text = (text: string): string => text.normalize('NFC').split('\n').map(tcvn3Line).join('\n');
