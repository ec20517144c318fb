import type { Signer } from '../../output/schema.js';
import { caseTitle, caseTitleOrBody } from './casing.js';
import { type Unmerged, unmergeSignature } from './merged-columns.js';
import { mayBeNameLine } from './name-shape.js';
import { isUpperText, key, type Seg, titleWord, words } from './text.js';
import { BODIES, DEGREES, DOC_TYPES, HONORIFIC_STARTS, RANKS, TITLES, UNITS } from './vocab.js';

export interface SignerRead {
  signer: Signer;
  line: number;
}

// TM./KT./TL./TUQ./Q. and the Party (and pre-2011) slash forms T/M, K/T, T/L, T/UQ.
const AUTHORITY = /^((?:T\.?M|T\/M|K\.?T|K\/T|T\.?L|T\/L|TUQ|T\/UQ)\.?|Q\.)(?:\s+|(?<=\.))(?=\p{Lu})/u;
// "H'Yim", "Kđoh": names of the Central Highlands peoples keep an apostrophe.
const NAME_WORD = /^\p{Lu}\p{Ll}*(?:['’]\p{Lu}\p{Ll}*)?$/u;
// A published copy marks the signature in words after the name: "Nguyễn Văn An (đã ký)".
const SIGNED_NOTE = /\s*\((?:đã\s*)?ký[^)]{0,30}\)$/iu;
const MAX_GAP = 3;
const beforeDot = (w: string): string => {
  const dot = w.indexOf('.');
  return dot < 0 ? w : w.slice(0, dot);
};
const CAPS_WORD = /^\p{Lu}+(?:['’]\p{Lu}+)?$/u;

const isDegree = (w: string): boolean => {
  const parts = w.split('.').filter(Boolean);
  return parts.length > 0 && parts.every((p) => DEGREES.has(key(p)));
};

/** The words of a name line after any rank or degrees written before the name ("Thượng tá", "PGS.TS."). */
function nameWords(text: string): string[] {
  let ws = words(text);
  for (;;) {
    if (!HONORIFIC_STARTS.has(key(beforeDot(ws[0] ?? '')))) return ws;
    const rank = RANKS.lead(ws);
    if (rank) ws = ws.slice(rank.size);
    else if (ws.length > 2 && isDegree(ws[0]!)) ws = ws.slice(1);
    else return ws;
  }
}

/** A person's name: 2–5 capitalized words (or all-caps words outside the title/body vocabulary). */
function readName(line: string): string | null {
  if (line.length > 60 || line.length < 4) return null;
  const bare = line.endsWith(')') ? line.replace(SIGNED_NOTE, '') : line;
  if (!mayBeNameLine(bare)) return null;
  const ws = nameWords(bare);
  const text = ws.join(' ');
  if (text.length > 40 || text.length < 4) return null;
  if (ws.length < 2 || ws.length > 5) return null;
  if (ws.every((w) => NAME_WORD.test(w))) return text;
  if (ws.every((w) => CAPS_WORD.test(w)) && !namesOffice(ws.map(key))) return ws.map(titleWord).join(' ');
  return null;
}

// An all-caps line naming no body, unit, title or type is a name written in capitals.
const OFFICE_TABLES = [BODIES, UNITS, TITLES, DOC_TYPES];
const namesOffice = (ks: string[]): boolean => ks.some((_, i) => OFFICE_TABLES.some((t) => t.at(ks, i) !== null));

const isSignerLine = (s: string): boolean => isUpperText(s) && (AUTHORITY.test(s) || TITLES.leadOf(s) !== null);

/** The block ending at the name on lines[n]: uppercase authority/title lines above it, a few other lines between. */
function blockAt(lines: Seg[], n: number, name: string, docText: string): SignerRead | null {
  let i = n - 1;
  for (let gap = 0; i >= 0 && gap <= MAX_GAP && !isUpperText(lines[i]!.text); i--) if (lines[i]!.text) gap++;
  const upper: Seg[] = [];
  for (; i >= 0 && upper.length < 6; i--) {
    const s = lines[i]!;
    if (!s.text) continue;
    if (!isUpperText(s.text)) break;
    upper.unshift(s);
  }
  const firstTitle = upper.findIndex((s) => isSignerLine(s.text));
  if (firstTitle < 0) return null;
  const authority = upper.map((s) => AUTHORITY.test(s.text));
  const lastAuth = authority.lastIndexOf(true);
  const from = lastAuth >= 0 ? lastAuth : firstTitle;
  const auth = lastAuth >= 0 ? AUTHORITY.exec(upper[lastAuth]!.text) : null;
  const titleLines = upper.slice(lastAuth >= 0 ? lastAuth + 1 : firstTitle).map((s) => s.text);
  const first = upper[lastAuth >= 0 ? authority.indexOf(true) : from]!;
  const nameSeg = lines[n]!;
  return {
    line: n,
    signer: {
      authority: auth ? auth[1]! : null,
      onBehalfOf: auth ? caseTitleOrBody(upper[lastAuth]!.text.slice(auth[0].length)) : null,
      title: titleLines.length ? caseTitle(titleLines.join(' ')) : null,
      name,
      mention: { text: docText.slice(first.start, nameSeg.end), start: first.start, end: nameSeg.end },
    },
  };
}

/** The lines from the Nơi nhận line on, a signature block merged with the list (tab stops) taken apart. */
export const signatureColumns = (lines: Seg[], noiNhan: number): Unmerged =>
  unmergeSignature(lines, noiNhan, isSignerLine, (t) => readName(t) !== null);

/**
 * The signature block, found by form (it may stand before or after "Nơi nhận" depending on how a
 * two-column table was read): the block nearest the Nơi nhận list, else the last one. `lines` come
 * from `signatureColumns` when there is a Nơi nhận line.
 */
export function findSigner(lines: Seg[], docText: string, nearLine: number | null): SignerRead | null {
  // Lines in order of preference, so the first block found is the answer: outward from the Nơi nhận
  // line (the later of two equally near), else from the end.
  const at = (n: number): SignerRead | null => {
    const name = n >= 0 && n < lines.length ? readName(lines[n]!.text) : null;
    return name ? blockAt(lines, n, name, docText) : null;
  };
  if (nearLine === null) {
    for (let n = lines.length - 1; n >= 0; n--) {
      const b = at(n);
      if (b) return b;
    }
  } else {
    for (let d = 0; nearLine + d < lines.length || nearLine - d >= 0; d++) {
      const b = at(nearLine + d) ?? (d > 0 ? at(nearLine - d) : null);
      if (b) return b;
    }
  }
  return unsignedBlock(lines, docText, nearLine);
}

/** An authority block with no name under it (a draft): keep what it says, name null. */
function unsignedBlock(lines: Seg[], docText: string, nearLine: number | null): SignerRead | null {
  const from = nearLine ?? Math.max(0, lines.length - 20);
  for (let i = lines.length - 1; i >= from; i--) {
    const s = lines[i]!;
    const auth = isUpperText(s.text) ? AUTHORITY.exec(s.text) : null;
    if (!auth) continue;
    const next = lines.slice(i + 1, i + 4).find((l) => isUpperText(l.text) && !AUTHORITY.test(l.text));
    const end = next ?? s;
    return {
      line: i,
      signer: {
        authority: auth[1]!,
        onBehalfOf: caseTitleOrBody(s.text.slice(auth[0].length)),
        title: next ? caseTitle(next.text) : null,
        name: null,
        mention: { text: docText.slice(s.start, end.end), start: s.start, end: end.end },
      },
    };
  }
  return null;
}
