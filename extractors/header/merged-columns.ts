import { isUpperText, type Seg, subSeg } from './text.js';

const MAX_ROW = 160;

/**
 * A signature block typed on tab stops instead of a table reaches the text as merged lines: the Nơi
 * nhận list on the left, the signing titles on the right ("- Như trên; PHÓ CHỦ TỊCH"), the name
 * below, alone or beside an item. From the Nơi nhận line on, such a line is cut where an uppercase
 * signer phrase ends it, and the cut-off titles are read just before the name that follows them.
 */
export function unmergeSignature(
  lines: Seg[],
  from: number,
  isSignerLine: (s: string) => boolean,
  isName: (s: string) => boolean,
): Seg[] {
  const head = lines.slice(0, from);
  const left: Seg[] = [];
  const right: Seg[] = [];
  const out: Seg[] = [];
  for (let i = from; i < lines.length; i++) {
    const s = lines[i]!;
    const cut = right.length || i === from || /^[-+]/u.test(s.text) ? titleTail(s, isSignerLine) : -1;
    if (cut > 0) {
      left.push(subSeg(s, 0, cut));
      right.push(subSeg(s, cut, s.text.length));
    } else if (right.length && isName(s.text)) {
      out.push(...left.splice(0), ...right.splice(0), s);
    } else if (right.length && nameTail(s, isName) > 0) {
      const at = nameTail(s, isName);
      out.push(...left.splice(0), subSeg(s, 0, at), ...right.splice(0), subSeg(s, at, s.text.length));
    } else (right.length ? left : out).push(s);
  }
  return [...head, ...out, ...left, ...right];
}

/** Where a name typed beside a list item begins ("- Lưu: VT. Nguyễn Văn An"), after the item's end; else -1. */
function nameTail(s: Seg, isName: (s: string) => boolean): number {
  if (s.text.length > MAX_ROW || !/^[-+]/u.test(s.text)) return -1;
  let at = -1;
  for (const m of s.text.matchAll(/[;.:)]\s+(?=\p{Lu})/gu)) at = m.index + m[0].length;
  return at > 0 && isName(s.text.slice(at)) ? at : -1;
}

/** Where an uppercase signer phrase ending the line starts, after text that is not uppercase; else -1. */
function titleTail(s: Seg, isSignerLine: (s: string) => boolean): number {
  // Rows of a signature block are short; prose is never cut (and stays linear).
  if (s.text.length > MAX_ROW || !/\p{Ll}/u.test(s.text)) return -1;
  for (const m of s.text.matchAll(/(?<=\s)\S/gu)) {
    const tail = s.text.slice(m.index);
    if (!isUpperText(tail)) continue;
    if (/\p{Ll}/u.test(s.text.slice(0, m.index)) || /[:;,.]\s*$/u.test(s.text.slice(0, m.index))) {
      return isSignerLine(tail) ? m.index : -1;
    }
  }
  return -1;
}
