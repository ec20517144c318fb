import { foldPrivateUse } from './cp1252.js';
import type { LegacyEncoding } from './fonts.js';
import { decodeTcvn3Letters } from './tcvn3.js';
import { repairTcvn3Case } from './tcvn3-case.js';
import { decodeVni } from './vni.js';

export interface ConvertOptions {
  /** the text was drawn by an all-capitals font (.VnTimeH): every letter is a capital */
  upper?: boolean;
}

/**
 * Legacy text as a parser hands it over (its bytes read as Windows-1252) → Unicode NFC.
 * Without `upper`, TCVN3 capitals the code page could not hold are restored from the
 * letters around them (tcvn3-case.ts).
 */
export function fromLegacy(text: string, encoding: LegacyEncoding, opts: ConvertOptions = {}): string {
  const folded = foldPrivateUse(text);
  if (encoding === 'vni') {
    const decoded = decodeVni(folded);
    return opts.upper ? decoded.toUpperCase() : decoded;
  }
  const decoded = repairTcvn3Case(decodeTcvn3Letters(folded));
  return opts.upper ? decoded.toUpperCase() : decoded;
}
