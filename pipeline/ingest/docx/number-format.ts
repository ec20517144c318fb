/** Renders one list counter the way Word displays it for a w:numFmt value. */

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

const roman = (n: number): string => {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [value, digits] of ROMAN) {
    for (; n >= value; n -= value) out += digits;
  }
  return out;
};

// Word repeats the letter past z (aa, bb …), it does not count in base 26.
const letter = (n: number): string => {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
};

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** w:format of a custom numFmt, e.g. "001, 002, 003, ...": the zero padding is what matters. */
const customWidth = (pattern: string | undefined): number => /^0+1/.exec(pattern ?? '')?.[0].length ?? 1;

const FORMATS: Record<string, (n: number, custom?: string) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalFullWidth: String,
  ordinal: String,
  cardinalText: String,
  ordinalText: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalEnclosedParen: (n) => `(${n})`,
  decimalEnclosedFullstop: (n) => `${n}.`,
  decimalEnclosedCircle: (n) => CIRCLED[n - 1] ?? String(n),
  lowerLetter: letter,
  upperLetter: (n) => letter(n).toUpperCase(),
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperRoman: roman,
  none: () => '',
  custom: (n, pattern) => String(n).padStart(customWidth(pattern), '0'),
};

export const isKnownFormat = (format: string): boolean => format === 'bullet' || format in FORMATS;

/** Unknown formats fall back to decimal; the caller warns about them. */
export const formatNumber = (n: number, format: string, custom?: string): string =>
  (FORMATS[format] ?? String)(n, custom);
