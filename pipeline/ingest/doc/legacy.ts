import type { Message } from '../../../output/schema.js';
import type { Ingested } from '../../document.js';
import { conversionWarnings, decodeLegacyRuns, hasLegacyHint, hasVietnamese } from '../legacy/index.js';
import { OPTIONAL_HYPHEN, type Segment } from './story.js';

/**
 * Joins the read segments into text, each converted from TCVN3 or VNI when it is legacy text (by its
 * font, confirmed by its characters; font-less text by the statistics). TCVN3's ư is byte 0xAD, which
 * Windows shows as a soft hyphen and which LibreOffice saves as Word's optional hyphen (\x1f): outside
 * Unicode Vietnamese text the optional hyphen is taken back to U+00AD for the decoder, and a U+00AD
 * left in text that stays Unicode is dropped by normalization like any soft hyphen.
 */
export function convertLegacy(
  segments: Segment[],
  warn: (m: Message) => void,
): { text: string; encodings: NonNullable<Ingested['encodings']> } {
  const runs = segments.map((s) => ({
    text: s.text.includes(OPTIONAL_HYPHEN)
      ? s.text.replaceAll(OPTIONAL_HYPHEN, hasVietnamese(s.text) ? '' : '\u00ad')
      : s.text,
    font: s.font,
  }));
  const joined = runs.map((r) => r.text).join('');
  if (!hasLegacyHint(joined)) return { text: joined, encodings: [] };
  const { texts, conversions } = decodeLegacyRuns(runs);
  for (const w of conversionWarnings(conversions, 'runs')) warn(w);
  return { text: texts.join(''), encodings: conversions.map((c) => c.encoding) };
}
