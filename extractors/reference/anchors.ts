import { digitRuns, execAt, isSpace, skipSpacesBack } from '../date/digit-runs.js';
import { SYMBOL_SOURCE } from './symbol.js';

// Anchors are digits, "số" and a few capitalised names, never every type word: that keeps the scan fast.
// Both patterns start at a run of digits (or at "số" right before one), so they are tried only there.
// A số/ký hiệu anywhere, not glued to a word, a fraction or a date:
const SYMBOL = new RegExp(`(?<![\\p{L}\\d/.,-])${SYMBOL_SOURCE}`, 'uy');
// "Đề án số 06": a number without ký hiệu
const NUMBER_ONLY = /(?<![\p{L}\d])số\s+(\d{1,5})(?![\p{L}\d/-]|\s?[-/]\s?[\p{L}\d])/uy;

const SLASH = 47;
const HYPHEN = 45;

/** Every số/ký hiệu match, in text order and not overlapping (as a global scan would find them). */
export function findSymbols(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { starts, lengths } = digitRuns(text);
  let end = 0;
  for (let r = 0; r < starts.length; r++) {
    const at = starts[r]!;
    if (lengths[r]! > 6 || at < end) continue;
    // the number is followed by "/" or "-", maybe after one space
    let next = at + lengths[r]!;
    if (isSpace(text.charCodeAt(next))) next++;
    const c = text.charCodeAt(next);
    if (c !== SLASH && c !== HYPHEN) continue;
    const m = execAt(SYMBOL, text, at);
    if (!m) continue;
    out.push(m);
    end = SYMBOL.lastIndex;
  }
  return out;
}

/** Every "số <number>" without ký hiệu, in text order. */
export function findBareNumbers(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { starts, lengths } = digitRuns(text);
  let end = 0;
  for (let r = 0; r < starts.length; r++) {
    if (lengths[r]! > 5) continue;
    const spaces = skipSpacesBack(text, starts[r]!);
    const at = spaces - 2;
    if (spaces === starts[r] || at < end || !text.startsWith('số', at)) continue;
    const m = execAt(NUMBER_ONLY, text, at);
    if (!m) continue;
    out.push(m);
    end = NUMBER_ONLY.lastIndex;
  }
  return out;
}
