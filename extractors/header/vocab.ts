import typesData from '../../data/header-doc-types.json' with { type: 'json' };
import bodiesData from '../../data/issuer-bodies.json' with { type: 'json' };
import { isSpaceCode, key, words } from './text.js';

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

interface Node<T> {
  next: Map<string, Node<T>>;
  entry?: T;
}

/** Longest-first phrase lookup over word keys (phrases are at most a few words). */
export class PhraseTable<T> {
  private readonly map = new Map<string, T>();
  /** The phrases as a word tree: a lookup walks the words, no joining, and most stop at the first. */
  private readonly root: Node<T> = { next: new Map() };
  private maxWords = 1;
  add(phrase: string, entry: T): void {
    const k = key(phrase);
    if (!this.map.has(k)) this.map.set(k, entry);
    let node = this.root;
    for (const w of k.split(' ')) {
      const child = node.next.get(w) ?? { next: new Map() };
      node.next.set(w, child);
      node = child;
    }
    node.entry ??= entry;
    this.maxWords = Math.max(this.maxWords, words(k).length);
  }
  /** The longest phrase starting at word `i` of `ws` (words already keyed). */
  at(ws: string[], i: number): Phrase<T> | null {
    let node: Node<T> | undefined = this.root;
    let found: Phrase<T> | null = null;
    const to = Math.min(ws.length, i + this.maxWords);
    for (let j = i; j < to; j++) {
      // A "word" holding a space may join into a phrase across the tree's word boundaries.
      if (ws[j]!.includes(' ')) return this.scan(ws, i);
      node = node.next.get(ws[j]!);
      if (!node) break;
      if (node.entry !== undefined) found = { entry: node.entry, size: j - i + 1 };
    }
    return found;
  }
  /** Every length tried, on the joined words. */
  private scan(ws: string[], i: number): Phrase<T> | null {
    for (let n = Math.min(this.maxWords, ws.length - i); n > 0; n--) {
      const e = this.map.get(ws.slice(i, i + n).join(' '));
      if (e !== undefined) return { entry: e, size: n };
    }
    return null;
  }
  /** The longest phrase opening the raw words `ws`; only the words a phrase can reach are keyed. */
  lead(ws: string[]): Phrase<T> | null {
    if (!ws.length) return null;
    const k0 = key(ws[0]!);
    if (!this.root.next.has(k0) && !k0.includes(' ')) return null;
    const ks = [k0];
    for (let j = 1; j < Math.min(this.maxWords, ws.length); j++) ks.push(key(ws[j]!));
    return this.at(ks, 0);
  }
  /** `lead(words(text))`, reading off only the words a phrase can reach. */
  leadOf(text: string): Phrase<T> | null {
    let a = 0;
    while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++;
    let b = a;
    while (b < text.length && !isSpaceCode(text.charCodeAt(b))) b++;
    if (a === b) return null;
    const k0 = key(text.slice(a, b));
    if (!this.root.next.has(k0) && !k0.includes(' ')) return null;
    const ks = [k0];
    while (ks.length < this.maxWords) {
      for (a = b; a < text.length && isSpaceCode(text.charCodeAt(a)); ) a++;
      for (b = a; b < text.length && !isSpaceCode(text.charCodeAt(b)); ) b++;
      if (a === b) break;
      ks.push(key(text.slice(a, b)));
    }
    return this.at(ks, 0);
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
/** Keys of the first words of ranks and degrees: a cheap test before any phrase lookup. */
export const HONORIFIC_STARTS = new Set(
  [...bodiesData.honorifics.words.map((w) => w.split(' ')[0]!), ...bodiesData.honorifics.degrees].map(key),
);

export interface DocTypeEntry {
  name: string;
  abbr: string[];
  upper: string;
  /** the document's type when this line is read: the base type for a kind of it ("Thông báo kết luận") */
  docType: string;
}
const typeEntries: DocTypeEntry[] = typesData.types.map((t: { name: string; abbr: string[]; typeOf?: string }) => ({
  name: t.name,
  abbr: t.abbr,
  upper: t.name.toUpperCase(),
  docType: t.typeOf ?? t.name,
}));
export const DOC_TYPES = table(typeEntries);
export const TYPE_BY_ABBR = new Map<string, DocTypeEntry>();
for (const t of typeEntries) for (const a of t.abbr) TYPE_BY_ABBR.set(key(a), t);
export const MARKERS = new Set(typesData.markers.map(key));
