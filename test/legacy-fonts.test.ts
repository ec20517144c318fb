// data/legacy-fonts.json documents itself: every example font is recognized with its encoding and case,
// every counter-example is not.
import { describe, expect, it } from 'vitest';
import data from '../data/legacy-fonts.json' with { type: 'json' };
import { fontEncoding } from '../pipeline/ingest/legacy/index.js';

const examples = data.entries.flatMap((e) => e.examples.map((x) => [x.font, e.encoding, x.upper] as const));
const counter = data.entries.flatMap((e) => e.counterExamples);

describe('data/legacy-fonts.json', () => {
  it.each(examples)('%s is %s, all capitals: %s', (font, encoding, upper) => {
    expect(fontEncoding(font)).toEqual({ encoding, upper });
  });
  it.each(counter)('%s is no legacy font', (font) => {
    expect(fontEncoding(font)).toBeNull();
  });
});
