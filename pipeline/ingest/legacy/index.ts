/**
 * Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows) → Unicode. Readers hand over text as
 * their parser gives it: the legacy bytes read as Windows-1252 ("Céng hoµ x· héi chñ nghÜa ViÖt Nam").
 */
import type { Message } from '../../../output/schema.js';
import { hasLegacyHint } from './detect.js';
import type { LegacyEncoding } from './fonts.js';
import { type Conversion, decodeLegacyRuns, type TextRun } from './runs.js';

export { fromLegacy } from './convert.js';
export { detectLegacy, hasLegacyHint, hasVietnamese } from './detect.js';
export { fontEncoding, type LegacyEncoding, type LegacyFont } from './fonts.js';
export { type Conversion, decodeLegacyRuns, type TextRun } from './runs.js';

export interface LegacyDecoded {
  text: string;
  /** encodings converted from, for `ingested.encodings` */
  encodings: LegacyEncoding[];
  /** one 'legacy-encoding-converted' warning per encoding */
  warnings: Message[];
}

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI' };

/** The warning a reader adds for what it converted; `unit` names what was counted. */
export function conversionWarnings(conversions: Conversion[], unit: 'runs' | 'lines'): Message[] {
  return conversions.map((c) => {
    const fonts = c.fonts.length ? ` (font${c.fonts.length > 1 ? 's' : ''} ${c.fonts.join(', ')})` : '';
    const what = c.count === 1 ? unit.slice(0, -1) : unit;
    return {
      code: 'legacy-encoding-converted',
      message: `converted ${c.count} ${what} from ${NAMES[c.encoding]}${fonts} to Unicode`,
    };
  });
}

/**
 * Plain text whose lines may each be Unicode or legacy (a .txt converted line by line, legacy text
 * pasted into a Unicode file, the text of a .doc): each line is converted or kept as the
 * statistics of all lines decide. Text without any character legacy text cannot do without
 * (TCVN3's ¡…¿, VNI's đ and ư) is returned at once.
 */
export function decodeLegacyText(text: string): LegacyDecoded {
  if (!hasLegacyHint(text)) return { text, encodings: [], warnings: [] };
  const lines: TextRun[] = text.split('\n').map((line) => ({ text: line }));
  const { texts, conversions } = decodeLegacyRuns(lines);
  return {
    text: conversions.length ? texts.join('\n') : text,
    encodings: conversions.map((c) => c.encoding),
    warnings: conversionWarnings(conversions, 'lines'),
  };
}
