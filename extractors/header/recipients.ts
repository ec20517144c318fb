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

/**
 * A labelled list ("Kính gửi:", "Nơi nhận:") starting at lines[at]: text after the label on the same
 * line, then "- …;" item lines (one blank line between items tolerated). `single` also takes one
 * plain line after a bare label ("Kính gửi:" / "Ủy ban nhân dân tỉnh.").
 */
export function readList(lines: Seg[], at: number, label: RegExp, single: boolean, splitInline: boolean): ListRead {
  const head = lines[at]!;
  const m = label.exec(head.text);
  const inline = m ? head.text.slice(m[0].length).trim() : '';
  const items: string[] = inline ? (splitInline ? splitTopLevel(inline) : [clean(inline)].filter(Boolean)) : [];
  let end = head.end;
  for (let i = at + 1; i < lines.length; i++) {
    const s = lines[i]!;
    if (!s.text) {
      const next = lines[i + 1]?.text;
      if (next && (ITEM.test(next) || (single && items.length === 0))) continue;
      break;
    }
    if (ITEM.test(s.text)) items.push(clean(s.text));
    else if (single && items.length === 0 && s.text.length <= 150) items.push(clean(s.text));
    else break;
    end = s.end;
    if (single && !ITEM.test(s.text)) break;
  }
  return { items: items.filter(Boolean), start: head.start, end };
}

const KINH_GUI = /^Kính\s*gửi\s*:?/iu;
const NOI_NHAN = /^Nơi\s*nhận\s*:?/iu;

/** "Kính gửi:" in the header zone. */
export function findRecipients(lines: Seg[], zoneLines: number): ListRead | null {
  for (let i = 0; i < Math.min(lines.length, zoneLines + 1); i++) {
    if (KINH_GUI.test(lines[i]!.text)) return readList(lines, i, KINH_GUI, true, true);
  }
  return null;
}

/** The last "Nơi nhận:" list of the document (the one next to the signature). */
export function findDistribution(lines: Seg[]): { list: ListRead; line: number } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (NOI_NHAN.test(lines[i]!.text)) return { list: readList(lines, i, NOI_NHAN, false, false), line: i };
  }
  return null;
}
