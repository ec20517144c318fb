import type { Quoted } from './quotes.js';

/**
 * A phrase made of letters and spaces never spans a digit or a punctuation mark; a scan of the text resumed
 * just after one finds the same matches as a scan from the start. Quote marks, dashes and "…" count too.
 */
function breaksPhrases(c: number): boolean {
  if (c < 128) return !((c | 32) >= 97 && (c | 32) <= 122) && c !== 32 && !(c >= 9 && c <= 13);
  return c === 0x201c || c === 0x201d || c === 0x2026 || c === 0x2013 || c === 0x2014;
}

/**
 * The stretches of text where a phrase bearing on a quote can stand: the `reachOf(q)` characters before each quote,
 * widened back to a point where scanning may resume, merged where they meet (a stretch goes on from where the
 * last one stopped). Phrases further from every quote are never read, which keeps the cue scan off most text.
 */
export function quoteReach(text: string, quotes: Quoted[], reachOf: (q: Quoted) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const q of quotes) {
    const last = out[out.length - 1];
    const lastEnd = last ? last[1] : -1;
    let from = Math.max(0, q.open - reachOf(q) - 1);
    while (from > lastEnd && from > 0 && !breaksPhrases(text.charCodeAt(from - 1))) from--;
    if (last && from <= lastEnd) last[1] = q.open;
    else out.push([from, q.open]);
  }
  return out;
}
