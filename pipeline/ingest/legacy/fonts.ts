import data from '../../../data/legacy-fonts.json' with { type: 'json' };

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** the font draws every letter as a capital (.VnTimeH): the stored codes are lowercase */
  upper: boolean;
}

interface Rule {
  encoding: LegacyEncoding;
  prefix: string;
  upperSuffixes: string[];
}

const RULES: Rule[] = data.entries.map((e) => ({
  encoding: e.encoding as LegacyEncoding,
  prefix: e.prefix.toLowerCase(),
  upperSuffixes: e.upperSuffixes,
}));

// A PDF embeds a subset of a font under "ABCDEF+<name>".
const SUBSET_TAG = /^[A-Z]{6}\+/;
const cache = new Map<string, LegacyFont | null>();

/** The legacy encoding a font name stands for (data/legacy-fonts.json), or null for a Unicode font. */
export function fontEncoding(fontName: string): LegacyFont | null {
  const known = cache.get(fontName);
  if (known !== undefined) return known;
  const name = fontName.trim().replace(SUBSET_TAG, '');
  const lower = name.toLowerCase();
  const rule = RULES.find((r) => lower.startsWith(r.prefix) && name.length > r.prefix.length);
  const found = rule
    ? {
        encoding: rule.encoding,
        upper: rule.upperSuffixes.some((s) => name.endsWith(s) && name.length > rule.prefix.length + s.length),
      }
    : null;
  if (cache.size < 1000) cache.set(fontName, found);
  return found;
}
