import { canonicalCode, typeOfAbbreviation } from './vocabulary.js';

/** A số/ký hiệu read from the text. */
export interface ParsedSymbol {
  /** canonical: no spaces, codes upper case except official mixed-case ones */
  symbol: string;
  number: string;
  year: string | null;
  /** the ký hiệu codes in order: "CT", "TTg" for 19/CT-TTg */
  codes: string[];
  /** Party style: number joined to the type by "-" (34-CT/TW) */
  party: boolean;
  start: number;
  end: number;
}

const SEG = '[A-Za-zĐđ][A-Za-zĐđ0-9]*';
// Normalized text has single spaces; typists put them around "/" and "-" ("1206 /QĐ-HVTC").
const SEP = '\\s?[-/]\\s?';
/** number, optional "/year", then ký hiệu codes; groups: 1 number, 2 year, 3 separator, 4 codes */
export const SYMBOL_SOURCE = `(\\d{1,6})(?:\\s?\\/\\s?(\\d{4}))?(${SEP})(${SEG}(?:${SEP}${SEG})*)(?![\\p{L}\\d])`;

const MIXED = /^(CTr|TTr|QyĐ|QĐi|TTg|TrS|ThU)$/i;
const isUpper = (s: string): boolean => s === s.toUpperCase();
// Units abbreviate with mixed case as they please ("GDTrH", "KHLT", "TrS"): a code has a capital after its
// first letter or is all capitals, where a word ("Năm", "năm") has one capital at most, at its start.
const isMixedCode = (c: string): boolean => /^\p{Lu}/u.test(c) && /\p{Lu}/u.test(c.slice(1));

// A code after the first is an agency or unit: upper case ("UBND", "NC1") or mixed case ("GDTrH", "CTr").
const isLaterCode = (c: string): boolean => isUpper(c) || MIXED.test(c) || isMixedCode(c);

// The first code is a type abbreviation or an agency code; "Năm" in "2023 - Năm …" is a word, not a code.
const isFirstCode = (c: string, hasMore: boolean): boolean =>
  typeOfAbbreviation(c) !== undefined || MIXED.test(c) || (isUpper(c) && (c.length >= 2 || hasMore));

/**
 * Reads the symbol from a match that ends with SYMBOL_SOURCE (anything before it holds no digit);
 * null when the codes are not code-like.
 */
export function parseSymbol(m: RegExpExecArray): ParsedSymbol | null {
  const number = m[1]!;
  const year = m[2] ?? null;
  const firstSep = m[3]!.trim();
  const codeText = m[4]!;
  const lead = m[0].search(/\d/);
  const start = m.index + lead;
  const parts = codeText.split(/\s?([-/])\s?/);
  const codes: string[] = [];
  const seps: string[] = [];
  let consumed = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const c = parts[i]!;
    const ok = i === 0 ? isFirstCode(c, parts.length > 1 || year !== null) : isLaterCode(c) || isLowerVariant(c, codes);
    if (!ok) break;
    codes.push(c);
    if (i > 0) seps.push(parts[i - 1]!);
    consumed = i;
  }
  if (codes.length === 0) return null;
  // the match end, trimmed back to the last accepted code
  const codeEnd = endOfPart(codeText, parts, consumed);
  const end = m.index + m[0].length - (codeText.length - codeEnd);
  let symbol = number + (year ? `/${year}` : '') + firstSep;
  codes.forEach((c, i) => {
    symbol += (i > 0 ? seps[i - 1] : '') + canonicalCode(c);
  });
  return { symbol, number, year, codes, party: firstSep === '-' && !year, start, end };
}

// "qd-ubnd" typed in lower case throughout is still a symbol.
const isLowerVariant = (c: string, before: string[]): boolean =>
  c === c.toLowerCase() && before.every((b) => b === b.toLowerCase());

function endOfPart(codeText: string, parts: string[], lastIndex: number): number {
  let pos = 0;
  for (let i = 0; i <= lastIndex; i++) {
    const p = parts[i]!;
    pos = codeText.indexOf(p, pos) + p.length;
  }
  return pos;
}

/** The type a symbol's ký hiệu implies, for a mention whose type word is missing or garbled. */
export function inferType(s: ParsedSymbol): string {
  const first = s.codes[0]!;
  const firstType = typeOfAbbreviation(first);
  // Party documents use TT for thông tri (Hướng dẫn 36-HD/VPTW); state documents for thông tư.
  if (firstType === 'Thông tư' && s.party) return 'Thông tri';
  if (firstType) return firstType;
  if (/^QH\d*$/i.test(first)) return 'Luật';
  if (s.party) {
    // legacy ministry style "1141-TC/QĐ/CĐKT": agency first, type second
    const later = s.codes.slice(1).map(typeOfAbbreviation).find(Boolean);
    if (later) return later;
  }
  // State công văn carry no type code: "<n>/<agency>-<unit>" (NĐ 30/2020 Phụ lục I).
  return 'Công văn';
}

/** True when the ký hiệu names its type (so a bare symbol without "số" or a type word is still a citation). */
export const namesItsType = (s: ParsedSymbol): boolean =>
  s.codes.some((c) => typeOfAbbreviation(c) !== undefined) || s.year !== null;
