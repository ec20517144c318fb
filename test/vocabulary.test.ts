import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../extractors/references.js';
import { docFromText } from '../pipeline/normalize.js';

/**
 * Every vocabulary under data/ carries `examples` that its matcher must accept and `counterExamples`
 * it must reject. A vocabulary registers how to list its entries and how to run its matcher; a file
 * not registered yet is only checked for examples.
 */
type Entry = Record<string, unknown> & { examples?: string[]; counterExamples?: string[] };
interface Vocabulary {
  entries: (json: { entries: Entry[] }) => Entry[];
  label: (e: Entry) => string;
  matches: (e: Entry, text: string) => boolean;
}

const references = (text: string) => extractReferences(docFromText(text), {}).items;

const REGISTRY: Record<string, Vocabulary> = {
  'doc-types.json': {
    entries: (j) => j.entries,
    label: (e) => String(e.name),
    matches: (e, text) => references(text).some((r) => r.docType === e.name),
  },
  'reference-issuers.json': {
    entries: (j) => j.entries,
    label: (e) => String(e.head),
    matches: (e, text) => references(text).some((r) => r.issuer?.startsWith(String(e.head)) === true),
  },
};

const DATA = new URL('../data/', import.meta.url);
const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));

const hasKey = (v: unknown, key: string): boolean =>
  typeof v === 'object' && v !== null && (key in v || Object.values(v).some((x) => hasKey(x, key)));

describe.each(files)('data/%s', (file) => {
  const json = JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));
  const vocab = REGISTRY[file];

  it('documents itself with examples', () => {
    expect(hasKey(json, 'examples')).toBe(true);
  });

  if (!vocab) return;
  const entries = vocab.entries(json);
  const rows = (key: 'examples' | 'counterExamples') =>
    entries.flatMap((e) => (e[key] ?? []).map((text) => [vocab.label(e), text, e] as const));

  it('gives every entry examples', () => {
    for (const e of entries) expect(e.examples?.length, vocab.label(e)).toBeGreaterThan(0);
  });
  it.each(rows('examples'))('%s matches “%s”', (_label, text, e) => {
    expect(vocab.matches(e, text)).toBe(true);
  });
  const counter = rows('counterExamples');
  it.skipIf(counter.length === 0).each(counter.length ? counter : [['', '', {}] as const])(
    '%s rejects “%s”',
    (_label, text, e) => {
      expect(vocab.matches(e as Entry, text)).toBe(false);
    },
  );
});
