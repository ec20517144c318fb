// Properties over arbitrary and grammar-built text: normalize and every extractor never throw, every offset map
// is a map, and every span lies inside the text and slices back to its mention.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAnniversaries } from '../extractors/anniversaries.js';
import { extractCampaigns } from '../extractors/campaigns.js';
import { foldTones, nameKey } from '../extractors/chars.js';
import { extractDates } from '../extractors/dates.js';
import { extractHeader } from '../extractors/header.js';
import { extractReferences } from '../extractors/references.js';
import type { ExtractContext } from '../extractors/types.js';
import { ExtractionResult } from '../output/schema.js';
import type { Doc } from '../pipeline/document.js';
import { extract } from '../pipeline/extract.js';
import { docFromText } from '../pipeline/normalize.js';
import { adminText, anyText, context, LETTERS, longLine, toneStyles } from './properties.helpers.js';

// Fixed seeds: a failure is reproducible, and fc.assert prints the shrunk counterexample and the seed.
const runs = (seed: number, numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns });
// Shrinking a 100,000-character line runs the extractors thousands of times: report the first one that fails.
const longRuns = (seed: number, numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns, endOnFailure: true });

interface Found {
  start: number;
  end: number;
  text?: unknown;
  path: string;
}

/** Every {start, end} object anywhere in a result (mentions, date mentions, warning spans, signer …). */
function spansOf(value: unknown, path = '', out: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) spansOf(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number')
      out.push({ start: o.start, end: o.end, text: o.text, path });
    for (const [k, v] of Object.entries(o)) if (k !== 'source' && k !== 'text') spansOf(v, `${path}.${k}`, out);
  }
  return out;
}

/** The reason a span is bad, or null. */
function badSpan(text: string, s: Found): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `${s.path}: offsets not integers`;
  if (s.start < 0 || s.start > s.end || s.end > text.length)
    return `${s.path}: [${s.start}, ${s.end}) outside [0, ${text.length}]`;
  if (s.text !== undefined && text.slice(s.start, s.end) !== s.text)
    return `${s.path}: slice ${JSON.stringify(text.slice(s.start, s.end))} ≠ ${JSON.stringify(s.text)}`;
  return null;
}

const expectSpans = (text: string, result: unknown): void => {
  const bad = spansOf(result)
    .map((s) => badSpan(text, s))
    .filter(Boolean);
  expect(bad).toEqual([]);
};

/** Each extractor alone, in pipeline order with its context, then the whole pipeline. */
function checkExtractors(doc: Doc): void {
  const header = extractHeader(doc);
  expectSpans(doc.text, header);
  const ctx: ExtractContext = { header: header.value };
  const references = extractReferences(doc, ctx);
  expectSpans(doc.text, references);
  ctx.references = references.items;
  const anniversaries = extractAnniversaries(doc, ctx);
  expectSpans(doc.text, anniversaries);
  ctx.anniversaries = anniversaries.items;
  expectSpans(doc.text, extractCampaigns(doc, ctx));
  expectSpans(doc.text, extractDates(doc, ctx));
  // Without context too: an extractor may be called alone.
  expectSpans(doc.text, extractReferences(doc, {}));
  expectSpans(doc.text, extractCampaigns(doc, {}));
  expectSpans(doc.text, extractDates(doc, {}));
  const result = extract(doc);
  expectSpans(result.text, result);
  const parsed = ExtractionResult.safeParse(result);
  expect(parsed.success, parsed.error?.message).toBe(true);
}

function checkMap(ingested: string): void {
  const doc = docFromText(ingested);
  expect(doc.ingested).toBe(ingested);
  expect(doc.map.length).toBe(doc.text.length + 1);
  // the first offset where the map steps back or leaves [0, ingested.length], or -1
  const bad = doc.map.findIndex((m, i) => m < (i ? doc.map[i - 1]! : 0) || m > ingested.length);
  expect(bad).toBe(-1);
  expect(doc.map[doc.text.length]).toBe(ingested.length);
}

describe('normalize', () => {
  it('never throws; its map is monotone, one longer than the text, and maps into the ingested text', () => {
    fc.assert(fc.property(anyText, checkMap), runs(0x5eed01, 300));
  });
  it('the same on very long lines', () => {
    fc.assert(fc.property(longLine, checkMap), longRuns(0x5eed02, 5));
  });
});

describe('extractors on arbitrary text', () => {
  it('never throw, and every span slices back to its mention', () => {
    fc.assert(
      fc.property(anyText, (s) => checkExtractors(docFromText(s))),
      runs(0x5eed03, 300),
    );
  });
  it('the same on very long lines', () => {
    fc.assert(
      fc.property(longLine, (s) => checkExtractors(docFromText(s))),
      longRuns(0x5eed04, 4),
    );
  });
});

describe('extractors on administrative fragments', () => {
  it('never throw, and every span slices back to its mention', () => {
    fc.assert(
      fc.property(adminText, (s) => checkExtractors(docFromText(s))),
      runs(0x5eed05, 400),
    );
  });
});

describe('tone-style key', () => {
  it('gives both styles of a syllable one key, wherever it stands', () => {
    fc.assert(
      fc.property(toneStyles, context, context, ([old, neu], before, after) => {
        expect(nameKey(old)).toBe(nameKey(neu));
        expect(nameKey(before + old + after)).toBe(nameKey(before + neu + after));
        expect(foldTones(neu)).toBe(old);
      }),
      runs(0x5eed06, 500),
    );
  });
  it('is idempotent, and foldTones keeps the length', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, adminText), (s) => {
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
        expect(foldTones(foldTones(s))).toBe(foldTones(s));
        expect(foldTones(s)).toHaveLength(s.length);
      }),
      runs(0x5eed07, 300),
    );
  });
  it('composes with normalize: the key of the normalized text is the key of the text', () => {
    const nameText = fc
      .array(fc.oneof(fc.constantFrom(...LETTERS), fc.constantFrom(' ', '  ', 'Ð', 'ð', '̀', '́', '̣')), {
        maxLength: 30,
      })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(nameText, (s) => {
        expect(nameKey(docFromText(s).text)).toBe(nameKey(s));
        expect(nameKey(s.normalize('NFD'))).toBe(nameKey(s));
      }),
      runs(0x5eed08, 300),
    );
  });
});
