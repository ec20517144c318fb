// The "done when": each seed written in a legacy encoding (fixtures/legacy/, made by
// scripts/make-legacy-fixtures.ts) gives exactly the references and dates of the Unicode seed,
// and says what it converted; the Unicode seeds say nothing of the kind.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../output/schema.js';
import { encodingFacts, runOk } from './facts.js';

const SEEDS = 'fixtures/seeds';
const LEGACY = 'fixtures/legacy';

/** What each kind of fixture must report: source.encodings and the encoding warning's code. */
const KINDS: Record<string, { encodings?: string[]; warning?: string }> = {
  'tcvn3.txt': { encodings: ['tcvn3'], warning: 'legacy-encoding-converted' },
  'vni.txt': { encodings: ['vni'], warning: 'legacy-encoding-converted' },
  'cp1258.txt': { encodings: ['windows-1258'], warning: 'legacy-encoding-converted' },
  'utf16le.txt': { encodings: ['utf-16le'], warning: 'text-encoding-detected' },
  'nfd.txt': {},
  'vntime.docx': { encodings: ['tcvn3'], warning: 'legacy-encoding-converted' },
  'mixed.docx': { encodings: ['tcvn3'], warning: 'legacy-encoding-converted' },
};
const ENCODING_WARNINGS = new Set(['legacy-encoding-converted', 'text-encoding-detected']);

const facts = encodingFacts;
const run = runOk;
const seedResults = new Map<string, Promise<ExtractionResult>>();
const seedResult = (path: string) => seedResults.get(path) ?? seedResults.set(path, run(path)).get(path)!;

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));
const fixtures = readdirSync(LEGACY).filter((f) => !f.endsWith('.json'));

describe('legacy fixtures give the Unicode seed’s facts', () => {
  it('cover every seed in every kind', () => {
    for (const id of seeds) for (const kind of Object.keys(KINDS)) expect(fixtures).toContain(`${id}.${kind}`);
  });

  it.each(seeds.flatMap((id) => Object.keys(KINDS).map((kind) => [id, kind] as const)))('%s.%s', async (id, kind) => {
    const seed = await seedResult(join(SEEDS, `${id}.txt`));
    const legacy = await run(join(LEGACY, `${id}.${kind}`));
    expect(facts(legacy)).toEqual(facts(seed));
    const { encodings, warning } = KINDS[kind]!;
    expect(legacy.source.encodings).toEqual(encodings);
    expect(legacy.warnings.filter((w) => ENCODING_WARNINGS.has(w.code)).map((w) => w.code)).toEqual(
      warning ? [warning] : [],
    );
  });

  it.each(seeds.flatMap((id) => [`${id}.txt`, `${id}.docx`]))(
    'the Unicode seed %s reports no encoding',
    async (file) => {
      const seed = await seedResult(join(SEEDS, file));
      expect(seed.source.encodings).toBeUndefined();
      expect(seed.warnings.filter((w) => ENCODING_WARNINGS.has(w.code))).toEqual([]);
    },
  );
});
