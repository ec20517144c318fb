/**
 * Rejoins lines the layout wrapped. A PDF has no paragraphs, only lines; a paragraph is a run of lines
 * where each break falls mid-sentence. Vietnamese has no word hyphenation, so a hyphen at a line end is
 * always real (a code "168/NQ-CP", "kinh tế - xã hội") and is never removed.
 */

export interface VisualLine {
  text: string;
  /** reaches the right edge of the text column (justified or nearly so) */
  full: boolean;
  /** starts right of the text column's left edge (first-line indent, centred text) */
  indented: boolean;
  /** more vertical space above it than between the lines of a paragraph */
  spaced: boolean;
  /** part of a two-column block (header, signature) */
  inBlock: boolean;
  /** starts a column or a block: never continues the line before it */
  breakBefore: boolean;
  /** left edge and font size, where known: a wrapped list item is told by where its lines start */
  x0?: number;
  size?: number;
  /** distance down from the line above on the same page, where known */
  step?: number;
}

const SENTENCE_END = /[.;:!?…]["”’)]*$/;
/** "1.", "1.2.", "a)", "đ.", "II.", "-", "+", "•" opening an item. */
const ITEM_MARKER = /^(?:[-+•*]\s|\d+(?:\.\d+)*[.)](?:\s|$)|[a-zđ][.)]\s|[IVXLC]+[.)]\s)/u;
const LOWER_START = /^\p{Ll}/u;
const DASH_ITEM = /^[-+•]\s/u;
const CLOSES_ITEM = /[;.]["”’)]*$/u;

/**
 * The rest of a "- …" list item the layout wrapped ("- Đảng ủy, Công đoàn, Đoàn Thanh niên" / "Trường;"):
 * no item mark of its own, set under the item (at its dash or its text), and it closes the item.
 */
function wrapsItem(prev: VisualLine, next: VisualLine): boolean {
  if (prev.x0 === undefined || next.x0 === undefined || !DASH_ITEM.test(prev.text)) return false;
  const size = Math.max(prev.size ?? 0, next.size ?? 0, 1);
  // Against the list's own leading, not the body's: a Nơi nhận list is set smaller on the same leading.
  const gap = prev.step !== undefined && next.step !== undefined ? next.step > prev.step + 0.25 * size : next.spaced;
  if (gap) return false;
  const dx = next.x0 - prev.x0;
  return dx > -0.5 * size && dx < 1.2 * size && CLOSES_ITEM.test(next.text);
}
const DIGIT_START = /^\d/;

export type Joint = 'none' | 'space' | 'tight';

/** How `next` continues `prev`: not at all, after a space, or directly (a hyphen split with no space). */
/** A rule typed under the issuer or the motto ("-------", "***", "--o0o--"): a line of its own, never a code's hyphen. */
const RULE = /^(?:[-_=~.·•]{3,}|\*{1,5}|[-_=*~\s]*o0o[-_=*~\s]*)$/u;

export function joint(prev: VisualLine, next: VisualLine): Joint {
  const p = prev.text;
  if (next.breakBefore || SENTENCE_END.test(p) || RULE.test(p) || RULE.test(next.text)) return 'none';
  if (/\S-$/.test(p) && !next.spaced) return 'tight';
  if (/\s-$/.test(p) && !next.spaced) return 'space';
  const item = ITEM_MARKER.test(next.text);
  if (!item && (LOWER_START.test(next.text) || DIGIT_START.test(next.text))) return 'space';
  if (!item && wrapsItem(prev, next)) return 'space';
  const body = !prev.inBlock && !next.inBlock;
  if (body && prev.full && !next.indented && !next.spaced) return 'space';
  return 'none';
}

/** Joins wrapped lines into one line per paragraph. */
export function unwrap(lines: VisualLine[]): string[] {
  const out: string[] = [];
  let prev: VisualLine | undefined;
  for (const line of lines) {
    const how = prev ? joint(prev, line) : 'none';
    if (how === 'none' || out.length === 0) out.push(line.text);
    else out[out.length - 1] += (how === 'space' ? ' ' : '') + line.text;
    prev = line;
  }
  return out;
}
