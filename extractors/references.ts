import type { Message, Reference } from '../output/schema.js';
import { findBareNumbers, findSymbols } from './reference/anchors.js';
import { type Candidate, readTail } from './reference/candidate.js';
import { type Lead, leadBefore } from './reference/lead.js';
import { mergeMentions } from './reference/merge.js';
import { type NameBeforeNumber, readNamedLaws } from './reference/named.js';
import { ownNumberTest } from './reference/own-number.js';
import { issuerBefore } from './reference/proposer.js';
import { qualifiedType } from './reference/qualified.js';
import { shareListIssuers } from './reference/shared-issuer.js';
import { inferType, namesItsType, type ParsedSymbol, parseSymbol } from './reference/symbol.js';
import { typeOfAbbreviation, typeOfWord } from './reference/vocabulary.js';
import type { Extractor } from './types.js';

const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);

// A lower-case type word that the ký hiệu contradicts is part of a longer name ("… kết luận số 45/TB-UBND").
function writtenType(word: string | null, sym: ParsedSymbol): { name: string } | undefined {
  const t = word ? typeOfWord(word) : undefined;
  if (!t || isCapital(word!)) return t;
  const coded = sym.codes.map(typeOfAbbreviation).find(Boolean);
  // "thông báo kết luận số 45/TB-UBND": a compound type carries its plain type's code
  return coded && !t.name.startsWith(coded) ? undefined : t;
}

/** The words before a number, and the type they name, if any. */
function leadOf(
  text: string,
  sym: ParsedSymbol,
  name: NameBeforeNumber | undefined,
): [Lead, { name: string } | undefined] {
  if (name)
    return [
      { start: name.start, typeWord: name.word, hasSo: true, otherWord: null, qualified: null },
      typeOfWord(name.word),
    ];
  const lead = leadBefore(text, sym.start);
  const q = lead.qualified;
  const compound = q ? qualifiedType(q.typeWord, q.qualifier, sym) : undefined;
  if (!q || !compound) return [lead, writtenType(lead.typeWord, sym)];
  const typeWord = text.slice(q.start, text.lastIndexOf('số', sym.start)).trimEnd();
  return [{ start: q.start, typeWord, hasSo: true, otherWord: null, qualified: null }, { name: compound }];
}

export const extractReferences: Extractor<Reference> = (doc, ctx) => {
  const text = doc.text;
  const isOwn = ownNumberTest(text, ctx);
  const warnings: Message[] = [];
  const named = readNamedLaws(text);
  const candidates: Candidate[] = named.candidates;

  for (const m of findSymbols(text)) {
    const sym = parseSymbol(m);
    if (!sym || isOwn(sym.start, sym.symbol)) continue;
    const name = named.beforeNumber.get(sym.start);
    const [lead, typed] = leadOf(text, sym, name);
    const other = lead.otherWord;
    // Without a type word, only a ký hiệu that names its type is surely a citation, unless "số" follows
    // a garbled type word ("Công số") or a list ("…, số 13/QĐ-UBND"); "mã số", "chứng nhận số" are not.
    const cue = lead.typeWord || (lead.hasSo && (!other || isCapital(other)));
    if (!cue && !namesItsType(sym)) continue;
    // "QĐ số 12/QĐ-UBND": the abbreviation written as the type word
    const abbreviated = other && isCapital(other) ? typeOfAbbreviation(other) : undefined;
    const written = typed ?? (abbreviated ? { name: abbreviated } : undefined);
    const docType = written?.name ?? inferType(sym);
    const raw: Record<string, string> = { symbol: text.slice(sym.start, sym.end) };
    if (lead.typeWord ?? other) raw.type = (lead.typeWord ?? other)!;
    const { symbol, number, end } = sym;
    const cited = readTail(text, {
      docType,
      typeWritten: !!written,
      symbol,
      number,
      title: name?.title ?? null,
      raw,
      start: lead.start,
      end,
    });
    const before = cited.issuer ? null : issuerBefore(text, lead.start);
    if (before) {
      cited.issuer = before.issuer;
      cited.issuedOn ??= before.issuedOn;
    }
    candidates.push(cited);
    if (other && isCapital(other) && !abbreviated) {
      warnings.push({
        code: 'reference-type-inferred',
        message: `unknown document type "${other}" before ${sym.symbol}; read as ${docType}`,
        span: { start: text.lastIndexOf(other, sym.start), end: sym.end },
      });
    }
  }

  for (const m of findBareNumbers(text)) {
    const lead = leadBefore(text, m.index + m[0].length - m[1]!.length);
    const written = lead.typeWord && isCapital(lead.typeWord) ? typeOfWord(lead.typeWord) : undefined;
    if (!written) continue;
    const number = m[1]!;
    const head = { docType: written.name, typeWritten: true, symbol: number, number, title: null };
    const raw = { type: lead.typeWord!, symbol: number };
    candidates.push(readTail(text, { ...head, raw, start: lead.start, end: m.index + m[0].length }));
  }

  candidates.sort((a, b) => a.mention.start - b.mention.start);
  shareListIssuers(text, candidates);
  return { items: mergeMentions(candidates), warnings };
};
