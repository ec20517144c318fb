import bodiesData from '../../data/issuer-bodies.json' with { type: 'json' };
import { toneAgnostic } from '../chars.js';
import { key } from './text.js';
import { BODIES, type Body } from './vocab.js';

// Names in the text may be written in either tone style ("Uỷ ban nhân dân", "Khánh Hoà").
const esc = (s: string): string => toneAgnostic(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const UNIT_NAMES = bodiesData.units.map((u) => u.name).sort((a, b) => b.length - a.length);

/** The local-government body named by the agency group of a ký hiệu ("CT-UBND" → UBND, "UBND-NC" → UBND). */
export function bodyOfSymbol(codes: string[], isTypeCode: (c: string) => boolean): Body | null {
  const groups = codes.filter((c) => !/^\d+$/.test(c));
  const agency = groups[0] && isTypeCode(groups[0]) ? groups[1] : groups[0];
  if (!agency) return null;
  const hit = BODIES.at([key(agency)], 0);
  return hit && hit.entry.object === 'place' ? hit.entry : null;
}

/**
 * When the header lost the issuer's lines: a local body (known from the ký hiệu) refers to itself
 * in the text as "<body> <unit>" ("UBND thị xã", "Ủy ban nhân dân thị xã") far more than to any
 * other level; with the place of the date line, and the text naming "<unit> <place>", that gives
 * "<body> <unit> <place>". Anything less certain infers nothing.
 */
export function inferIssuer(text: string, body: Body, place: string | null): string | null {
  if (!place) return null;
  const names = [body.name, body.upper, ...(body.aliases ?? [])].map(esc).join('|');
  const re = new RegExp(`(?:${names})\\s+(${UNIT_NAMES.map(esc).join('|')})(?![\\p{L}])`, 'giu');
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const u = m[1]!.toLowerCase();
    counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] * 2 > best[1])) return null;
  const named = new RegExp(`${esc(best[0])}\\s+${esc(place)}(?![\\p{L}])`, 'iu');
  return named.test(text) ? `${body.name} ${best[0]} ${place}` : null;
}
