/**
 * Digital-signature stamps printed by signing tools (VGCA / Ban Cơ yếu): a few lines of small type
 * ("Ký bởi: …", "Email: …", "Cơ quan: …", "Thời gian ký: …") set over the page, often over the header's
 * right column or beside the signer's title. Read with the page, their lines interleave with the
 * header's and their words run into the Quốc hiệu. They are taken out of the page's items first and
 * read as a block of their own.
 */
import { isSigningLine, isStampLine } from '../../../extractors/signature/labels.js';
import type { PlacedText } from './lines.js';

/**
 * Stamps are set well below the text around them (7–9 pt under 13–14 pt). Measured against the page's
 * largest lettered type, not its most common: on a last page holding only the signature block, the
 * stamp may be most of the page's characters.
 */
const SMALL = 0.8;
const LETTER = /\p{L}/u;

interface Row {
  items: PlacedText[];
  y: number;
  size: number;
  x0: number;
  x1: number;
  text: string;
}

const similar = (a: number, b: number): boolean => Math.abs(a - b) <= 0.12 * Math.max(a, b);

/** Small items grouped into rows: same size, same baseline, no wide gap between neighbours. */
function rows(items: PlacedText[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Row[] = [];
  for (const it of sorted) {
    const row = out.find(
      (r) =>
        similar(r.size, it.size) &&
        Math.abs(r.y - it.y) <= 0.3 * it.size &&
        it.x <= r.x1 + 2 * it.size &&
        it.x + it.width >= r.x0 - 2 * it.size,
    );
    if (row) {
      row.items.push(it);
      row.x0 = Math.min(row.x0, it.x);
      row.x1 = Math.max(row.x1, it.x + it.width);
    } else out.push({ items: [it], y: it.y, size: it.size, x0: it.x, x1: it.x + it.width, text: '' });
  }
  for (const r of out) {
    r.items.sort((a, b) => a.x - b.x);
    r.text = r.items.map((i) => i.str).join('');
  }
  return out;
}

/** A row right under (or over) a stamp row, in its type and under its left edge: a field or a wrapped value. */
const nextTo = (r: Row, s: Row): boolean =>
  similar(r.size, s.size) &&
  Math.abs(r.y - s.y) <= 1.8 * s.size &&
  Math.abs(r.x0 - s.x0) <= 3 * s.size &&
  r.x0 < s.x1 &&
  r.x1 > s.x0;

/** The page's items split into the stamps' and the rest. */
export function splitStamps(items: PlacedText[]): { rest: PlacedText[]; stamps: PlacedText[] } {
  let largest = 0;
  for (const it of items) if (it.size > largest && LETTER.test(it.str)) largest = it.size;
  const small = items.filter((it) => it.size <= SMALL * largest);
  if (small.length === 0) return { rest: items, stamps: [] };
  const all = rows(small);
  const taken = new Set(all.filter((r) => isStampLine(r.text.trimStart())));
  if (![...taken].some((r) => isSigningLine(r.text.trimStart()))) return { rest: items, stamps: [] };
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of all) {
      if (taken.has(r) || ![...taken].some((s) => nextTo(r, s))) continue;
      taken.add(r);
      grew = true;
    }
  }
  const stampItems = new Set([...taken].flatMap((r) => r.items));
  return { rest: items.filter((it) => !stampItems.has(it)), stamps: [...stampItems] };
}
