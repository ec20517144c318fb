import type { Anniversary } from '../../output/schema.js';
import { foldKey } from '../campaign/text.js';

const known = (a: Anniversary): number => (a.originDate ? 1 : 0) + (a.date ? 1 : 0);

/**
 * One entry per anniversary: a plan's subject line and its body name the same one. Two are the same when
 * their ordinals agree and so do their origin dates (or, lacking one, their events). The record kept is
 * the one that gives the dates.
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
    if (i === undefined) {
      i = out.push(a) - 1;
    } else if (known(a) > known(out[i]!)) out[i] = a;
    if (originKey) byOrigin.set(originKey, i);
    byEvent.set(eventKey, i);
  }
  return out;
}
