import type { Reference } from '../../output/schema.js';
import type { Candidate } from './candidate.js';
import { fold } from './vocabulary.js';

const words = (s: string): string =>
  fold(s)
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
const nameKey = (c: Candidate): string => `T:${fold(c.docType)}|${words(c.title ?? c.issuer ?? '')}`;
/** Same document: same canonical symbol (case, marks and spaces aside), or same type and name when there is none. */
const keyOf = (c: Candidate): string => (c.symbol ? `S:${fold(c.symbol).replace(/\s+/g, '')}` : nameKey(c));

const first = <T>(xs: Candidate[], f: (c: Candidate) => T | null): T | null => {
  for (const c of xs) {
    const v = f(c);
    if (v !== null && v !== undefined) return v;
  }
  return null;
};

function combine(group: Candidate[]): Reference {
  const head = group[0]!;
  const written = group.find((c) => c.typeWritten) ?? head;
  return {
    docType: written.docType,
    symbol: head.symbol,
    number: head.number,
    issuedOn: first(group, (c) => c.issuedOn),
    issuer: first(group, (c) => c.issuer),
    title: first(group, (c) => c.title),
    mentions: group.map((c) => c.mention).sort((a, b) => a.start - b.start),
    raw: head.raw,
  };
}

/**
 * Name-only citations with different dates are different documents (two laws of the same name).
 * An undated mention is the dated law when there is exactly one; among several it could be any, so the
 * undated mentions stay a reference of their own.
 */
function splitByDate(group: Candidate[]): Candidate[][] {
  const dates = [...new Set(group.map((c) => c.issuedOn).filter((d): d is string => d !== null))];
  if (dates.length < 2) return [group];
  const parts = dates.map((d) => group.filter((c) => c.issuedOn === d));
  const undated = group.filter((c) => c.issuedOn === null);
  return undated.length ? [...parts, undated] : parts;
}

const typeKey = (c: Candidate): string => `T:${fold(c.docType)}|`;

/** A law cited once by name and number, elsewhere by name alone, is one law. */
function joinNamesToNumbers(groups: Map<string, Candidate[]>): void {
  // Folding a long title is costly: only a type cited by name alone can take a numbered mention.
  const typesAlone = new Set<string>();
  for (const [k, g] of groups) if (k.startsWith('T:')) typesAlone.add(typeKey(g[0]!));
  if (typesAlone.size === 0) return;
  for (const [k, g] of groups) {
    const named = k.startsWith('S:') ? g.find((c) => c.title && c.typeWritten) : undefined;
    if (!named || !typesAlone.has(typeKey(named))) continue;
    const key = nameKey(named);
    const alone = groups.get(key);
    if (!alone || alone.some((c) => c.issuedOn && c.issuedOn !== named.issuedOn)) continue;
    g.push(...alone);
    g.sort((a, b) => a.mention.start - b.mention.start);
    groups.delete(key);
  }
}

/** One reference per distinct document, in order of first mention, each with its richest fields. */
export function mergeMentions(candidates: Candidate[]): Reference[] {
  const sorted = [...candidates].sort((a, b) => a.mention.start - b.mention.start);
  const groups = new Map<string, Candidate[]>();
  for (const c of sorted) {
    const k = keyOf(c);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  joinNamesToNumbers(groups);
  const refs: Reference[] = [];
  for (const [k, g] of groups) for (const part of k.startsWith('T:') ? splitByDate(g) : [g]) refs.push(combine(part));
  return refs.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
