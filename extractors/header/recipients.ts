import { isMottoSeg } from './motto.js';
import { readPlaceDate } from './place-date.js';
import { isSpaceCode, type Seg } from './text.js';

export interface ListRead {
  items: string[];
  start: number;
  end: number;
}

const ITEM = /^[-+]\s*/u;
const clean = (s: string): string => trimEndPunctuation(s.replace(ITEM, '')).replace(/\.\/$/u, '').trim();

/** `s.replace(/[\s;,.]+$/u, '')` read from the end, so a long run of those stays linear. */
function trimEndPunctuation(s: string): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); end > 0 && (c === 59 || c === 44 || c === 46 || isSpaceCode(c)); ) {
    end--;
    c = s.charCodeAt(end - 1);
  }
  return end === s.length ? s : s.slice(0, end);
}

/** Split "A; B; C" at semicolons outside parentheses. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out.map(clean).filter(Boolean);
}

/** An item line the layout wrapped: it ends without the ";" or "." that closes an item. */
const OPEN_ITEM = /[^;.]$/u;
const CLOSES_ITEM = /[;.]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
/**
 * The rest of a wrapped item: it runs on in lower case (even after a ";" inside the item: "- CVP,
 * các PCVP; / các CV;"), or closes an item left open; never an uppercase title line or a name.
 */
const wraps = (item: string, s: string): boolean =>
  s.length <= 150 && (STARTS_LOWER.test(s) || (OPEN_ITEM.test(item) && HAS_LOWER.test(s) && CLOSES_ITEM.test(s)));

/**
 * A labelled list ("Kính gửi:", "Nơi nhận:") starting at lines[at]: text after the label on the same
 * line, then "- …;" item lines (one blank line between items tolerated; an item wrapped over two lines
 * is one). `single` also takes one plain line after a bare label ("Kính gửi:" / "Ủy ban nhân dân
 * tỉnh."). Lines `skip` says are other fields (a column read in between) are stepped over.
 */
export function readList(
  lines: Seg[],
  at: number,
  label: RegExp,
  single: boolean,
  splitInline: boolean,
  skip: (s: Seg) => boolean = () => false,
): ListRead {
  const head = lines[at]!;
  const m = label.exec(head.text);
  const inline = m ? head.text.slice(m[0].length).trim() : '';
  const items: string[] = inline ? (splitInline ? splitTopLevel(inline) : [clean(inline)].filter(Boolean)) : [];
  let end = head.end;
  let last = ''; // the raw text of the last item, and whether the line before was part of it
  let inItem = false;
  for (let i = at + 1; i < lines.length; i++) {
    const s = lines[i]!;
    if (!s.text) {
      inItem = false;
      const next = lines[i + 1]?.text;
      if (next && (ITEM.test(next) || (single && items.length === 0))) continue;
      break;
    }
    if (ITEM.test(s.text)) {
      items.push(clean(s.text));
      last = s.text;
      inItem = true;
    } else if (inItem && wraps(last, s.text)) {
      last = `${last} ${s.text}`;
      items[items.length - 1] = clean(last);
    } else if (skip(s)) {
      inItem = false;
      continue;
    } else if (single && items.length === 0 && s.text.length <= 150) {
      items.push(clean(s.text));
      end = s.end;
      break;
    } else break;
    end = s.end;
  }
  return { items: items.filter(Boolean), start: head.start, end };
}

// A two-column header read column by column can put the Quốc hiệu, Tiêu ngữ and date under "Kính gửi:".
const isOtherHeaderField = (s: Seg): boolean => isMottoSeg(s) || readPlaceDate(s) !== null;

const KINH_GUI = /^Kính\s*gửi\s*:?/iu;
const NOI_NHAN = /^Nơi\s*nhận\s*:?/iu;

/** "Kính gửi:" in the header zone. */
export function findRecipients(lines: Seg[], zoneLines: number): ListRead | null {
  for (let i = 0; i < Math.min(lines.length, zoneLines + 1); i++) {
    if (KINH_GUI.test(lines[i]!.text)) return readList(lines, i, KINH_GUI, true, true, isOtherHeaderField);
  }
  return null;
}

/** The line of the last "Nơi nhận:" of the document (the one next to the signature). */
export function findNoiNhan(lines: Seg[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) if (NOI_NHAN.test(lines[i]!.text)) return i;
  return null;
}

/** The Nơi nhận list, read off its column: `column[0]` is the "Nơi nhận:" line. */
export const readDistribution = (column: Seg[]): ListRead => readList(column, 0, NOI_NHAN, false, false);
