import type { Reference, Span } from '../../output/schema.js';
import type { Quoted } from './quotes.js';
import { AWARD_LEAD, CUE, hasWholeWord, isAwardName, TITLE_DOC_TYPE, wholeWords } from './vocabulary.js';

const TITLE_WINDOW = 200;
const AWARD_WINDOW = 60;
// "… của Bộ Chính trị về việc “…”": the trích yếu of the document just named.
const ENDS_WITH_ABOUT = /(?<![\p{L}])về(\s+việc)?\s*:?[\s*_]*$/u;
const ENDS_WITH_ABOUT_MATTER = /(?<![\p{L}])về\s+việc\s*:?[\s*_]*$/iu;
// Between a reference mention and its title: its date (maybe in parentheses), its issuer, "về (việc)" — nothing else.
const REFERENCE_GLUE =
  /^\s*(?:\(?\s*ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*\)?\s*)?(?:(?:của|do)\s+[^,;:.“”"]{1,80}?)?\s*(?:về(?:\s+việc)?)?\s*:?[\s*_]*$/u;

/** The words before a quote, back to the start of its clause (a ";", a line break or the previous quote). */
function clauseBefore(text: string, q: Quoted, width: number): string {
  const from = Math.max(0, q.open - width);
  let i = q.open - 1;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 0x201d) break; // ; \n ”
  }
  return text.slice(i + 1, q.open);
}

/** Local evidence that a quote is a referenced document's title: "Chỉ thị số … về (việc) “…”". */
function titledLocally(text: string, q: Quoted): boolean {
  const before = clauseBefore(text, q, TITLE_WINDOW);
  if (ENDS_WITH_ABOUT_MATTER.test(before)) return true;
  return ENDS_WITH_ABOUT.test(before) && hasWholeWord(TITLE_DOC_TYPE, before);
}

/** Reference mentions sorted by end, to find the one just before a quote without a scan. */
export function mentionEnds(references: Reference[] | undefined): Span[] {
  const spans: Span[] = [];
  for (const r of references ?? []) for (const { start, end } of r.mentions) spans.push({ start, end });
  return spans.sort((a, b) => a.end - b.end);
}

/** Last span whose end is at or before `offset` (binary search). */
function lastEndingBefore(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * True when a ")" between `from` and `to` closes a parenthesis opened before `from`: the mention stands in an
 * aside ("phong trào thi đua (do Thủ tướng phát động tại Quyết định số …) “…”"), and what follows the aside
 * goes on with the words before it, not with the document named inside it.
 */
function asideClosesBetween(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth < 0) return true;
  }
  return false;
}

/** A quote starting shortly after a reference mention, with only issuer/date text and "về (việc)" between. */
function titledByReference(text: string, q: Quoted, spans: Span[]): boolean {
  for (let i = lastEndingBefore(spans, q.open); i >= 0; i--) {
    const m = spans[i]!;
    if (q.open - m.end > TITLE_WINDOW) break;
    if (asideClosesBetween(text, m.start, q.open)) continue;
    const gap = text.slice(m.end, q.open);
    if (/[;”"\n]/.test(gap)) continue;
    if (REFERENCE_GLUE.test(gap) && !hasWholeWord(CUE, gap)) return true;
  }
  // A mention that swallowed the title itself.
  const next = spans[lastEndingBefore(spans, q.open) + 1];
  return !!next && next.start <= q.open && next.end > q.open;
}

export function isDocumentTitle(text: string, q: Quoted, references: Span[]): boolean {
  return titledLocally(text, q) || titledByReference(text, q, references);
}

/** "danh hiệu “…”", "tặng Cờ thi đua “…”" — unless a campaign cue comes after the award word. */
export function isAwardTitle(text: string, q: Quoted, name: string): boolean {
  if (isAwardName(name)) return true;
  const before = clauseBefore(text, q, AWARD_WINDOW);
  let lastAward = -1;
  for (const m of wholeWords(AWARD_LEAD, before)) lastAward = m.end;
  return lastAward >= 0 && !hasWholeWord(CUE, before.slice(lastAward));
}
