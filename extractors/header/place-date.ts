import { readSymbol } from './symbol.js';
import { type Seg, words } from './text.js';

export interface PlaceDate {
  place: string | null;
  issuedOn: string | null;
  year: number | null;
  /** the whole "Place, ngày … tháng … năm …" phrase */
  start: number;
  end: number;
  placeStart: number;
  placeEnd: number;
}

const NGAY = /,\s*[Nn]gày(?=[\s\d.…_/]|$)/u;
const BLANK = '[\\s.…_]*';
// "ngày 29 tháng 12 năm 2023", with any part blank in a draft ("ngày tháng năm 2023", "ngày … tháng … năm 20…").
const WORDY = new RegExp(`^${BLANK}(\\d{1,2})?${BLANK}tháng${BLANK}(\\d{1,2})?${BLANK}năm${BLANK}(\\d{4})?`, 'u');
const NUMERIC = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
// A unit word written before a place name ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh").
const UNIT_BEFORE = /(?:Thành phố|Thị xã|Thị trấn|TP\.?|Tp\.?)\s*$/u;

const CAPITALIZED = /^\p{Lu}/u;
const CAPITAL_OR_HYPHEN = /^(?:\p{Lu}|-$)/u;

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDay(d: string | undefined, m: string | undefined, y: number | null): string | null {
  if (!d || !m || y === null) return null;
  const day = Number(d);
  const month = Number(m);
  const t = new Date(Date.UTC(y, month - 1, day));
  return t.getUTCMonth() === month - 1 && t.getUTCDate() === day ? `${y}-${pad(month)}-${pad(day)}` : null;
}

/** The place name ending just before ", ngày": the whole prefix if it is short and capitalized, else its capitalized tail. */
function placeIn(prefix: string): { from: number; text: string } | null {
  let from = 0;
  const sym = readSymbol({ text: prefix, start: 0, end: prefix.length, line: 0 });
  if (sym) from = sym.end;
  const rest = prefix.slice(from);
  const lead = rest.length - rest.trimStart().length;
  const cand = rest.trim();
  if (CAPITALIZED.test(cand) && words(cand).length <= 6 && !/[:;/]/.test(cand))
    return { from: from + lead, text: cand };
  // Merged columns: walk back over capitalized words (and hyphens) from the comma.
  const ws = cand.split(' ');
  let i = ws.length;
  while (i > 0 && CAPITAL_OR_HYPHEN.test(ws[i - 1]!)) i--;
  let tail = ws.slice(i).join(' ');
  if (!tail) return null;
  const unit = UNIT_BEFORE.exec(ws.slice(0, i).join(' '));
  if (unit) tail = `${unit[0].trimEnd()} ${tail}`;
  return { from: from + lead + cand.length - tail.length, text: tail };
}

export function readPlaceDate(seg: Seg): PlaceDate | null {
  const n = NGAY.exec(seg.text);
  if (!n) return null;
  const after = n.index + n[0].length;
  const tail = seg.text.slice(after);
  const w = WORDY.exec(tail);
  const num = w ? null : NUMERIC.exec(tail);
  const m = w ?? num;
  if (!m) return null;
  const year = m[3] ? Number(m[3]) : null;
  const place = placeIn(seg.text.slice(0, n.index));
  const placeStart = seg.start + (place?.from ?? n.index);
  const end = seg.start + after + m[0].trimEnd().length;
  return {
    place: place?.text ?? null,
    issuedOn: isoDay(m[1], m[2], year),
    year,
    start: placeStart,
    end,
    placeStart,
    placeEnd: placeStart + (place?.text.length ?? 0),
  };
}

export function findPlaceDate(zone: Seg[]): PlaceDate | null {
  for (const s of zone) {
    const r = s.text ? readPlaceDate(s) : null;
    if (r) return r;
  }
  return null;
}
