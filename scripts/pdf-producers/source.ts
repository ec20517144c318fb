/** A fixture's source text, parsed the way the .docx fixtures are (scripts/fixtures). */
import { readFileSync } from 'node:fs';
import { parseEmphasis } from '../fixtures/emphasis.js';
import { layoutSeed } from '../fixtures/seed-layout.js';
import { splitLines } from '../fixtures/seed-lines.js';
import type { Parsed } from './model.js';

export function parseSource(path: string): Parsed {
  const styled = parseEmphasis(readFileSync(path, 'utf8'));
  return { styled, layout: layoutSeed(splitLines(styled.plain)) };
}

/** The text of a block of lines as one paragraph, white space collapsed. */
export const blockText = (styled: Parsed['styled'], lines: { start: number; end: number }[]): string =>
  lines
    .map((l) => styled.plain.slice(l.start, l.end))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
