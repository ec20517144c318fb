import type { Candidate } from './candidate.js';
import { typeOfAbbreviation } from './vocabulary.js';

// "Công văn số 12/UBND-VX ngày … và Công văn số 13/UBND-VX của UBND tỉnh": one "của" closes a list.
const LIST_JOIN = /^[\s,]*(?:và|,)\s*$/;

/** The body codes of a ký hiệu: what is left without its number, year and type abbreviations. */
const bodyCodes = (symbol: string | null): string | null => {
  if (!symbol || !/[-/]/.test(symbol)) return null;
  const codes = symbol
    .split(/[-/]/)
    .filter((c) => c && !/^\d+$/.test(c) && typeOfAbbreviation(c) === undefined)
    .map((c) => c.toUpperCase());
  return codes.length ? codes.join('-') : null;
};

/**
 * Gives a listed citation without issuer the issuer named after the next one, when both ký hiệu carry
 * the same body codes (so "05-CT/TW và 12/KH-UBND của UBND huyện" keeps the Party document apart).
 * Candidates must be in text order.
 */
export function shareListIssuers(text: string, candidates: Candidate[]): void {
  for (let i = candidates.length - 2; i >= 0; i--) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.issuer || !b.issuer || b.mention.start < a.mention.end) continue;
    const body = bodyCodes(a.symbol);
    if (!body || body !== bodyCodes(b.symbol)) continue;
    if (LIST_JOIN.test(text.slice(a.mention.end, b.mention.start))) a.issuer = b.issuer;
  }
}
