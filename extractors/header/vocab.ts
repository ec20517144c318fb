import typesData from '../../data/header-doc-types.json' with { type: 'json' };
import bodiesData from '../../data/issuer-bodies.json' with { type: 'json' };
import { key, words } from './text.js';

export interface Body {
  upper: string;
  name: string;
  object: 'place' | 'field';
  aliases?: string[];
}
export interface Phrase<T> {
  entry: T;
  /** number of words matched */
  size: number;
}

/** Longest-first phrase lookup over word keys (phrases are at most a few words). */
export class PhraseTable<T> {
  private readonly map = new Map<string, T>();
  private maxWords = 1;
  add(phrase: string, entry: T): void {
    const k = key(phrase);
    if (!this.map.has(k)) this.map.set(k, entry);
    this.maxWords = Math.max(this.maxWords, words(k).length);
  }
  /** The longest phrase starting at word `i` of `ws` (words already keyed). */
  at(ws: string[], i: number): Phrase<T> | null {
    for (let n = Math.min(this.maxWords, ws.length - i); n > 0; n--) {
      const e = this.map.get(ws.slice(i, i + n).join(' '));
      if (e !== undefined) return { entry: e, size: n };
    }
    return null;
  }
  has(phrase: string): boolean {
    return this.map.has(key(phrase));
  }
}

const table = <T extends { upper: string; aliases?: string[] }>(items: T[]): PhraseTable<T> => {
  const t = new PhraseTable<T>();
  for (const it of items) for (const p of [it.upper, ...(it.aliases ?? [])]) t.add(p, it);
  return t;
};

export const BODIES = table(bodiesData.bodies as Body[]);
export const UNITS = table(bodiesData.units);
export const TITLES = table(bodiesData.titles);

/** Ranks ("Thượng tá") and degrees ("TS.", "PGS.TS.") written before a signer's name. */
export const RANKS = table(bodiesData.honorifics.words.map((w) => ({ upper: w })));
export const DEGREES = new Set(bodiesData.honorifics.degrees.map(key));
/** Lower-cased first words of ranks and degrees: a cheap test before any keyed lookup. */
export const HONORIFIC_STARTS = new Set(
  [...bodiesData.honorifics.words.map((w) => w.split(' ')[0]!), ...bodiesData.honorifics.degrees].map((w) =>
    w.toLowerCase(),
  ),
);

export interface DocTypeEntry {
  name: string;
  abbr: string[];
  upper: string;
}
const typeEntries: DocTypeEntry[] = typesData.types.map((t) => ({ ...t, upper: t.name.toUpperCase() }));
export const DOC_TYPES = table(typeEntries);
export const TYPE_BY_ABBR = new Map<string, DocTypeEntry>();
for (const t of typeEntries) for (const a of t.abbr) TYPE_BY_ABBR.set(key(a), t);
export const MARKERS = new Set(typesData.markers.map(key));
