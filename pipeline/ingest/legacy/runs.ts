/**
 * Mixed text: a .docx run or a line of a text file is converted when it is legacy text, kept when
 * it is Unicode. The font narrows, the characters decide (reference §1.3: by font alone 44% of
 * files were false positives, because converted documents keep their .VnTime declarations).
 */
import { fromLegacy } from './convert.js';
import { contradicts, detectLegacy, hasMarkers, hasVietnamese } from './detect.js';
import { fontEncoding, type LegacyEncoding, type LegacyFont } from './fonts.js';
import { legacyLogOdds } from './syllable-odds.js';

export interface TextRun {
  text: string;
  /** the font the run is drawn with, when known */
  font?: string | null;
}

export interface Conversion {
  encoding: LegacyEncoding;
  /** legacy font names seen on converted runs; empty when only the characters told */
  fonts: string[];
  count: number;
}

type Kind = 'ascii' | 'unicode' | 'legacy' | 'ambiguous' | 'plain';

interface Run {
  text: string;
  fontName?: string;
  font: LegacyFont | null;
  encoding?: LegacyEncoding;
  kind: Kind;
}

const isAscii = (text: string) => !/[\u0080-\uffff]/.test(text);

/** Legacy by its characters, Unicode when it holds one the encoding cannot produce, else undecided. */
function classify(r: Run, encoding: LegacyEncoding): Kind {
  if (contradicts(r.text, encoding)) return 'unicode';
  r.encoding = encoding;
  return hasMarkers(r.text, encoding) ? 'legacy' : 'ambiguous';
}

/** Converted text of each run, and what was converted. */
export function decodeLegacyRuns(input: readonly TextRun[]): { texts: string[]; conversions: Conversion[] } {
  const runs: Run[] = input.map(({ text, font }) => {
    const legacy = font ? fontEncoding(font) : null;
    const kind: Kind = isAscii(text) ? 'ascii' : hasVietnamese(text) ? 'unicode' : 'plain';
    return { text, fontName: legacy ? font! : undefined, font: legacy, kind };
  });
  // font runs: their font's encoding; the other runs: what the statistics of all of them say
  const confirmed = new Set<LegacyEncoding>();
  for (const r of runs) {
    if (!r.font || r.kind !== 'plain') continue;
    r.kind = classify(r, r.font.encoding);
    if (r.kind === 'legacy') confirmed.add(r.font.encoding);
  }
  const loose = runs.filter((r) => !r.font && r.kind === 'plain');
  const statistical = loose.length ? detectLegacy(loose.map((r) => r.text).join('\n')) : null;
  const guess = statistical ?? (confirmed.size === 1 ? [...confirmed][0] : undefined);
  if (guess) for (const r of loose) r.kind = classify(r, guess);
  resolveAmbiguous(runs, guess !== undefined);

  const texts: string[] = [];
  const conversions = new Map<LegacyEncoding, Conversion>();
  const note = (r: Run, encoding: LegacyEncoding) => {
    const c = conversions.get(encoding) ?? { encoding, fonts: [], count: 0 };
    conversions.set(encoding, c);
    c.count++;
    if (r.fontName && !c.fonts.includes(r.fontName)) c.fonts.push(r.fontName);
  };
  const fontTrusted = fontVerdicts(runs);
  for (const r of runs) {
    let out = r.text;
    if (r.kind === 'legacy' && r.encoding) out = fromLegacy(r.text, r.encoding, { upper: r.font?.upper });
    // an all-capitals font draws typed ASCII as capitals too
    else if (r.kind === 'ascii' && r.font?.upper && fontTrusted.get(r.fontName!) !== false) out = r.text.toUpperCase();
    if (out !== r.text) note(r, r.encoding ?? r.font!.encoding);
    texts.push(out);
  }
  return { texts, conversions: [...conversions.values()] };
}

/**
 * A run with only characters Unicode shares with the legacy code page ("Sè", "Phan Chí Hùng") takes
 * the side of the nearest runs that tell: a font run stays legacy unless only Unicode surrounds it;
 * a run without a legacy font becomes legacy in a file that has no Unicode or between legacy runs,
 * and stays Unicode between Unicode runs; on a border, or at the start or end of a mixed file, the
 * reading whose syllables Vietnamese writes more often wins.
 */
function resolveAmbiguous(runs: Run[], encodingKnown: boolean): void {
  const decided = runs.map((r, i) => (r.kind === 'legacy' || r.kind === 'unicode' ? i : -1)).filter((i) => i >= 0);
  const anyUnicode = runs.some((r) => r.kind === 'unicode');
  let d = 0;
  runs.forEach((r, i) => {
    while (d < decided.length && decided[d]! < i) d++;
    if (r.kind !== 'ambiguous') return;
    const before = runs[decided[d - 1] ?? -1]?.kind;
    const after = runs[decided[d] ?? -1]?.kind;
    const toLegacy = r.font
      ? before === 'legacy' || after === 'legacy' || (before !== 'unicode' && after !== 'unicode')
      : !anyUnicode
        ? encodingKnown
        : before === after
          ? before === 'legacy'
          : legacyLogOdds(r.text, r.encoding!) > 0;
    r.kind = toLegacy ? 'legacy' : 'unicode';
  });
}

/** Per font name: false when its runs are Unicode and none is legacy (a converted file kept the font). */
function fontVerdicts(runs: Run[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const r of runs) {
    if (!r.fontName || r.kind === 'ascii') continue;
    if (r.kind === 'legacy') out.set(r.fontName, true);
    else if (r.kind === 'unicode' && !out.has(r.fontName)) out.set(r.fontName, false);
  }
  return out;
}
