import type { Signer } from '../../output/schema.js';
import { caseTitle, caseTitleOrBody } from './casing.js';
import { unmergeSignature } from './merged-columns.js';
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

const isDegree = (w: string): boolean => {
  const parts = w.split('.').filter(Boolean);
  return parts.length > 0 && parts.every((p) => DEGREES.has(key(p)));
};

/** The words of a name line after any rank or degrees written before the name ("Thượng tá", "PGS.TS."). */
function nameWords(text: string): string[] {
  let ws = words(text);
  for (;;) {
    if (!HONORIFIC_STARTS.has(ws[0]?.split('.')[0]?.toLowerCase() ?? '')) return ws;
    const rank = RANKS.at(ws.map(key), 0);
    if (rank) ws = ws.slice(rank.size);
    else if (ws.length > 2 && isDegree(ws[0]!)) ws = ws.slice(1);
    else return ws;
  }
}

/** A person's name: 2–5 capitalized words (or all-caps words outside the title/body vocabulary). */
function readName(line: string): string | null {
  if (line.length > 60) return null;
  const ws = nameWords(line.replace(SIGNED_NOTE, ''));
  const text = ws.join(' ');
  if (text.length > 40 || text.length < 4) return null;
  if (ws.length < 2 || ws.length > 5) return null;
  if (ws.every((w) => NAME_WORD.test(w))) return text;
  if (ws.every((w) => /^\p{Lu}+(?:['’]\p{Lu}+)?$/u.test(w)) && !namesOffice(ws.map(key)))
    return ws.map(titleWord).join(' ');
  return null;
}

// An all-caps line naming no body, unit, title or type is a name written in capitals.
const namesOffice = (ks: string[]): boolean =>
  ks.some((_, i) => [BODIES, UNITS, TITLES, DOC_TYPES].some((t) => t.at(ks, i) !== null));

const isSignerLine = (s: string): boolean =>
  isUpperText(s) && (AUTHORITY.test(s) || TITLES.at(words(s).map(key), 0) !== null);

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
  if (!upper.some((s) => isSignerLine(s.text))) return null;
  let lastAuth = -1;
  upper.forEach((s, k) => {
    if (AUTHORITY.test(s.text)) lastAuth = k;
  });
  const firstTitle = upper.findIndex((s) => isSignerLine(s.text));
  const from = lastAuth >= 0 ? lastAuth : firstTitle;
  const auth = lastAuth >= 0 ? AUTHORITY.exec(upper[lastAuth]!.text) : null;
  const titleLines = upper.slice(lastAuth >= 0 ? lastAuth + 1 : firstTitle).map((s) => s.text);
  const first = upper[lastAuth >= 0 ? upper.findIndex((s) => AUTHORITY.test(s.text)) : from]!;
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

/**
 * The signature block, found by form (it may stand before or after "Nơi nhận" depending on how a
 * two-column table was read): the block nearest the Nơi nhận list, else the last one.
 */
export function findSigner(all: Seg[], docText: string, nearLine: number | null): SignerRead | null {
  const lines = nearLine === null ? all : unmergeSignature(all, nearLine, isSignerLine, (t) => readName(t) !== null);
  let best: SignerRead | null = null;
  for (let n = 0; n < lines.length; n++) {
    const name = readName(lines[n]!.text);
    if (!name) continue;
    const b = blockAt(lines, n, name, docText);
    if (!b) continue;
    if (!best || nearLine === null || Math.abs(b.line - nearLine) <= Math.abs(best.line - nearLine)) best = b;
  }
  return best ?? unsignedBlock(lines, docText, nearLine);
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
