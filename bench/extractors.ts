// Per-extractor throughput on the seed texts, to find the slow one (npm run bench covers whole stages).
// Best of several timed batches, in CPU time of this process, so other work on the machine skews it less.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAnniversaries } from '../extractors/anniversaries.js';
import { extractCampaigns } from '../extractors/campaigns.js';
import { extractDates } from '../extractors/dates.js';
import { extractHeader } from '../extractors/header.js';
import { extractReferences } from '../extractors/references.js';
import type { ExtractContext } from '../extractors/types.js';
import type { Doc } from '../pipeline/document.js';
import { ingest } from '../pipeline/ingest/index.js';
import { normalize } from '../pipeline/normalize.js';

const dir = 'fixtures/seeds';
const docs: Doc[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const r = await ingest(f, readFileSync(join(dir, f)));
  if (r.ok) docs.push(normalize(r.source, r.ingested));
}
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
const only = process.argv[2]; // e.g. "references" to time one extractor
const rounds = Number(process.env.ROUNDS ?? 60);
const batches = Number(process.env.BATCHES ?? 9);
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const ctxs = docs.map((d) => {
  const header = extractHeader(d).value;
  const ctx: ExtractContext = { header, references: extractReferences(d, { header }).items };
  ctx.anniversaries = extractAnniversaries(d, ctx).items;
  return ctx;
});
let total = 0;
const time = (name: string, fn: (d: Doc, ctx: ExtractContext) => void) => {
  if (only && name !== only) return;
  for (let i = 0; i < 10; i++) for (const [j, d] of docs.entries()) fn(d, ctxs[j]!); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let b = 0; b < batches; b++) {
    const t = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const [j, d] of docs.entries()) fn(d, ctxs[j]!);
    best = Math.min(best, cpuSeconds(t));
  }
  if (name !== 'normalize') total += best;
  console.log(
    `${name.padEnd(14)} ${((bytes * rounds) / 2 ** 20 / best).toFixed(1).padStart(7)} MB/s  ${((docs.length * rounds) / best).toFixed(0).padStart(6)} docs/s`,
  );
};
time('header', (d) => extractHeader(d));
time('references', (d, c) => extractReferences(d, c));
time('anniversaries', (d, c) => extractAnniversaries(d, c));
time('campaigns', (d, c) => extractCampaigns(d, c));
time('dates', (d, c) => extractDates(d, c));
time('normalize', (d) => normalize(d.source, { text: d.ingested, warnings: [] }));
if (!only)
  console.log(
    `${'extract stage'.padEnd(14)} ${((bytes * rounds) / 2 ** 20 / total).toFixed(1).padStart(7)} MB/s  (sum of the five in warm loops over the same texts: optimistic; npm run bench times the real stage)`,
  );
