import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../output/schema.js';
import { encodeCp1252 } from '../pipeline/ingest/legacy/cp1252.js';
import { toVni } from '../pipeline/ingest/legacy/encode.js';
import { runJob } from '../pipeline/job.js';
import { toWindows1258 } from '../scripts/legacy/cp1258.js';
import { tcvn3Text } from '../scripts/legacy/tcvn3-text.js';
import { facts as allFacts } from './facts.js';

// The legacy fixtures are made from the seeds, and the syllable odds from the variants; the holdout
// documents took part in neither, so their legacy versions show whether conversion generalizes.
const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  tcvn3: (t) => encodeCp1252(tcvn3Text(t)),
  vni: (t) => encodeCp1252(toVni(t)),
  'windows-1258': (t) => toWindows1258(t),
};

const facts = (r: Output) => (r.ok ? allFacts(r) : r.error);

const HOLDOUT = 'fixtures/holdout';
const texts = readdirSync(HOLDOUT).filter((f) => f.endsWith('.txt'));

describe.each(Object.entries(ENCODINGS))('holdout documents typed in %s', (encoding, encode) => {
  it.each(texts)('%s: the same facts as the Unicode text', async (name) => {
    const text = readFileSync(join(HOLDOUT, name), 'utf8');
    const unicode = await runJob({ path: name, bytes: Buffer.from(text) });
    const legacy = await runJob({ path: name, bytes: encode(text) });
    expect(facts(legacy)).toEqual(facts(unicode));
    expect(legacy.ok && legacy.source.encodings).toContain(encoding);
  });
});
