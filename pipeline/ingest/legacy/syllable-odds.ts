/**
 * Which reading of an undecided run is likelier, from how often Vietnamese writes each syllable:
 * "Sè" read as TCVN3 is "Số" (128 times in the variant fixture texts) against "sè" (never);
 * "Phan Chí Hùng" would be "Phan Chớ Hựng" (never) against "chí" (22).
 */

import { SYLLABLE_COUNTS } from './syllables.js';
import { decodeTcvn3Letters } from './tcvn3.js';
import { decodeVni } from './vni.js';

const COUNT = new Map(
  SYLLABLE_COUNTS.split(' ').map((entry) => {
    const at = entry.search(/\d/);
    return [entry.slice(0, at), Number(entry.slice(at))] as const;
  }),
);
const UNSEEN = 0.5;
const DECODE = { tcvn3: decodeTcvn3Letters, vni: decodeVni };

/** Log-odds that the run is legacy text rather than Unicode, summed over its words with non-ASCII letters. */
export function legacyLogOdds(text: string, encoding: 'tcvn3' | 'vni'): number {
  let odds = 0;
  for (const [word] of text.matchAll(/[\p{L}\u00A1-\u00BF]+/gu)) {
    if (!/[^\x20-\x7e]/.test(word)) continue;
    const written = word.toLowerCase();
    const decoded = DECODE[encoding](word).toLowerCase();
    if (decoded === written) continue;
    odds += Math.log(((COUNT.get(decoded) ?? 0) + UNSEEN) / ((COUNT.get(written) ?? 0) + UNSEEN));
  }
  return odds;
}
