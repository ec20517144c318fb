import type { Anniversary } from '../../output/schema.js';
import { foldKey, runningSpelling } from '../campaign/text.js';

const known = (a: Anniversary): number => (a.originDate ? 1 : 0) + (a.date ? 1 : 0);
const words = (event: string): string[] =>
  foldKey(event)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A subject line shortens what the body spells out with dates ("50 năm Ngày giải phóng hoàn toàn miền Nam"
 * before "…, thống nhất đất nước (30/4/1975 - 30/4/2025)"): same ordinal, and every word of the shorter
 * event is in the longer one.
 */
function shortens(a: Anniversary, b: Anniversary): boolean {
  if (a.years !== b.years || (a.originDate && b.originDate)) return false;
  const [short, long] = words(a.event).length <= words(b.event).length ? [a, b] : [b, a];
  const have = new Set(words(long.event));
  const need = words(short.event);
  return need.length > 0 && need.every((w) => have.has(w));
}

/**
 * One entry per anniversary: a plan's subject line and its body name the same one. Two are the same when
 * their ordinals agree and so do their origin dates (or, lacking one, their events, or one event shortens
 * the other). The record kept is the one that gives the dates, in the body's spelling rather than a heading's capitals.
 */
export function dedupeAnniversaries(items: Anniversary[]): Anniversary[] {
  const out: Anniversary[] = [];
  const byOrigin = new Map<string, number>();
  const byEvent = new Map<string, number>();
  for (const a of items) {
    const originKey = a.originDate ? `${a.years}@${a.originDate}` : null;
    const eventKey = `${a.years}|${foldKey(a.event)}`;
    let i = originKey ? byOrigin.get(originKey) : undefined;
    if (i === undefined) {
      const j = byEvent.get(eventKey);
      const other = j === undefined ? undefined : out[j];
      if (other && !(a.originDate && other.originDate)) i = j;
    }
    // a document names a handful of anniversaries, so a scan is cheap
    if (i === undefined) {
      const k = out.findIndex((b) => shortens(a, b));
      if (k >= 0) i = k;
    }
    if (i === undefined) {
      i = out.push(a) - 1;
    } else {
      const prev = out[i]!;
      if (known(a) > known(prev)) out[i] = a;
      // a heading in capitals and the body name one event: keep the body's spelling of it
      const kept = out[i]!;
      const other = kept === a ? prev : a;
      if (foldKey(kept.event) === foldKey(other.event))
        out[i] = { ...kept, event: runningSpelling(kept.event, other.event) };
    }
    if (originKey) byOrigin.set(originKey, i);
    byEvent.set(eventKey, i);
  }
  return out;
}
