// The referee (../shared/eval/score.mjs) on every fixture, one format at a time: the
// same documents typed, saved as .docx and printed to .pdf must give the same facts.
import { describe, expect, it } from 'vitest';
import { goldFor, KINDS, referee } from '../scripts/referee.js';

describe.each([
  ['seeds', 'fixtures/seeds', 0.97, 0.95],
  ['variants', 'fixtures/variants', 0.9, 0.9],
  ['holdout', 'fixtures/holdout', 0.9, 0.9],
])('referee on the %s', (_name, dir, minF1, minFields) => {
  it.each(['txt', 'docx', 'pdf'])('%s', async (format) => {
    const { score } = await referee(dir, format, goldFor(dir));
    expect(score.matchedDocuments).toBe(score.documents);
    for (const k of KINDS) expect(score.kinds[k]?.F, `${k} F1`).toBeGreaterThanOrEqual(minF1);
    expect(score.fieldAccuracy).toBeGreaterThanOrEqual(minFields);
  });
});
