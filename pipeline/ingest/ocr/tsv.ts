/**
 * Tesseract's TSV (one row per page, block, paragraph, line and word, with pixel boxes and word
 * confidences) → positioned words in PDF units, so OCR'd pages go through the same line, column and
 * paragraph rebuilding as pages with a text layer (pdf/lines.ts, pdf/layout.ts).
 */
import type { PlacedText } from '../pdf/lines.js';

export interface PageReading {
  items: PlacedText[];
  /** tesseract's confidence (0–100) of each word read, in reading order */
  confidences: number[];
}

interface Row {
  level: number;
  line: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

const LEVEL_PAGE = 1;
const LEVEL_LINE = 4;
const LEVEL_WORD = 5;

function rows(tsv: string): Row[] {
  const out: Row[] = [];
  for (const raw of tsv.split('\n').slice(1)) {
    const c = raw.split('\t');
    if (c.length < 12) continue;
    const n = c.slice(0, 11).map(Number);
    out.push({
      level: n[0] ?? 0,
      line: `${n[1]}.${n[2]}.${n[3]}.${n[4]}`,
      left: n[6] ?? 0,
      top: n[7] ?? 0,
      width: n[8] ?? 0,
      height: n[9] ?? 0,
      conf: n[10] ?? -1,
      text: c.slice(11).join('\t').trim(),
    });
  }
  return out;
}

/**
 * A line's baseline (pixels from the top): words without descenders sit on it, those with g p q y or
 * a dot below hang lower and a dash floats higher, so a low quantile of the letter words' bottoms.
 */
function baseline(words: Row[]): number {
  const withLetters = words.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  const bottoms = (withLetters.length > 0 ? withLetters : words).map((w) => w.top + w.height).sort((a, b) => a - b);
  return bottoms[Math.floor(0.3 * (bottoms.length - 1))] ?? 0;
}

/** Marks without a letter or digit that are not text: dust, doubted punctuation, rules read as "__". */
const DUST = 0.15;
const DOUBTED = 60;
/** What dust and rules are read as; no Vietnamese document prints these around its words. */
const JUNK = /[_¬~ˆ`´|]/u;
const JUNK_EDGES =
  /^[-_¬~ˆ`´|]*[_¬~ˆ`´|][-_¬~ˆ`´|]*(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:)”])[-_¬~ˆ`´|]*[_¬~ˆ`´|][-_¬~ˆ`´|]*$/gu;
const hasText = (w: Row): boolean => /[\p{L}\p{N}]/u.test(w.text);

function isNoise(w: Row, bodyHeight: number): boolean {
  if (hasText(w)) return false;
  return Math.max(w.width, w.height) < DUST * bodyHeight || w.conf < DOUBTED || JUNK.test(w.text);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export function readTsv(tsv: string, dpi: number): PageReading {
  const all = rows(tsv);
  const pt = 72 / dpi;
  const pageHeight = all.find((r) => r.level === LEVEL_PAGE)?.height ?? 0;
  const lineHeight = new Map(all.filter((r) => r.level === LEVEL_LINE).map((r) => [r.line, r.height]));
  const words = all.filter((r) => r.level === LEVEL_WORD && r.text !== '' && r.conf >= 0);
  const bodyHeight = median([...lineHeight.values()]);
  const byLine = new Map<string, Row[]>();
  for (const r of words) {
    if (isNoise(r, bodyHeight)) continue;
    const line = byLine.get(r.line) ?? [];
    line.push(r);
    byLine.set(r.line, line);
  }
  const items: PlacedText[] = [];
  const confidences: number[] = [];
  for (const [key, line] of byLine) {
    const y = (pageHeight - baseline(line)) * pt;
    // the line box spans ascenders, stacked tone marks and descenders: about the font size
    const size = (lineHeight.get(key) ?? Math.max(...line.map((w) => w.height))) * pt;
    for (const w of line) {
      // a trailing space: tesseract's words are whole words, never to be glued to the next one
      items.push({ str: `${w.text.replace(JUNK_EDGES, '')} `, x: w.left * pt, y, width: w.width * pt, size });
      confidences.push(w.conf);
    }
  }
  return { items, confidences };
}
