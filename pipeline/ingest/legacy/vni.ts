/**
 * VNI-Windows (VNI-Times …) read as Windows-1252: a base letter followed by a mark byte
 * that carries hat, breve and tone (reference vietnamese-text.md §1.4, §1.9). Case is coded:
 * an uppercase letter is an uppercase base with the mark byte 0x20 lower (`AÙ` = Á).
 */

// combining marks of each lowercase mark byte: tone alone, circumflex (+tone), breve (+tone)
const MARKS: Readonly<Record<string, string>> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
  â: '\u0302',
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  ê: '\u0306',
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323',
};
const TONES = 'ùøûõï';
const HATS = 'âáàåãä';
const BREVES = 'êéèúüë';

/** Which mark bytes each base letter takes, by its lowercase form; ô and ö are VNI's ơ and ư. */
const BASES: Readonly<Record<string, { letter: string; marks: string }>> = {
  a: { letter: 'a', marks: TONES + HATS + BREVES },
  e: { letter: 'e', marks: TONES + HATS },
  o: { letter: 'o', marks: TONES + HATS },
  u: { letter: 'u', marks: TONES },
  y: { letter: 'y', marks: TONES },
  ô: { letter: 'ơ', marks: TONES },
  ö: { letter: 'ư', marks: TONES },
};

/** Letters that are one byte in VNI. */
export const VNI_SINGLES: Readonly<Record<string, string>> = {
  ñ: 'đ',
  ô: 'ơ',
  ö: 'ư',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

const lowerMark = (c: string): string => (c >= 'À' && c <= 'Ý' ? String.fromCharCode(c.charCodeAt(0) + 0x20) : c);

/** Letter pairs and singles → Unicode NFC, longest match first; anything else is kept as it is. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const lower = c.toLowerCase();
    const base = BASES[lower];
    const next = text[i + 1];
    if (base && next !== undefined) {
      // a converter may write the mark in the other case than the base: the base decides
      const mark = lowerMark(next);
      if (base.marks.includes(mark)) {
        const letter = (base.letter + MARKS[mark]).normalize('NFC');
        out += c === lower ? letter : letter.toUpperCase();
        i++;
        continue;
      }
    }
    const single = VNI_SINGLES[lower];
    out += single === undefined ? c : c === lower ? single : single.toUpperCase();
  }
  return out;
}

/** The mark bytes, both cases: what a VNI letter pair ends with. */
export const VNI_MARK_BYTES = Object.keys(MARKS).join('') + Object.keys(MARKS).join('').toUpperCase();

/** Whether `base` + `mark` is a VNI letter ("oá" = ố yes, "oë" no: only a takes a breve). */
export const isVniPair = (base: string, mark: string): boolean =>
  BASES[base.toLowerCase()]?.marks.includes(lowerMark(mark)) === true;
