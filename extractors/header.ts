import type { DocumentHeader, Mention, Message } from '../output/schema.js';
import type { Doc } from '../pipeline/document.js';
import { bodyOfSymbol, inferIssuer } from './header/infer-issuer.js';
import { findIssuer, respellPlace } from './header/issuer.js';
import { isMottoSeg } from './header/motto.js';
import { findPlaceDate, readPlaceDate } from './header/place-date.js';
import { findNoiNhan, findRecipients, readDistribution } from './header/recipients.js';
import { findSigner, signatureColumns } from './header/signer.js';
import { findSymbol, readSymbol, type SymbolRead } from './header/symbol.js';
import { hasLower, key, mention, type Seg } from './header/text.js';
import { isVv, readSubject, readTypeLine, subjectAfterType, type TypeLine } from './header/type-subject.js';
import { TYPE_BY_ABBR } from './header/vocab.js';
import { headerZone } from './header/zone.js';

const CONG_VAN = 'Công văn';
const isTypeCode = (c: string): boolean => TYPE_BY_ABBR.has(key(c));

/** The first type line; while still among the issuer lines, only a bare type name counts. */
function findTypeLine(zone: Seg[]): TypeLine | null {
  let pastIssuer = false;
  for (let i = 0; i < zone.length; i++) {
    const s = zone[i]!;
    if (!s.text) continue;
    const t = readTypeLine(s, i, !pastIssuer);
    if (t) return t;
    if (!pastIssuer && (isMottoSeg(s) || readSymbol(s) || readPlaceDate(s) || hasLower(s.text))) pastIssuer = true;
  }
  return null;
}

/** Type from the ký hiệu: its first group is a type code ("CT-UBND"), or there is none and it is a công văn ("UBND-NC"). */
function typeOfSymbol(sym: SymbolRead): string {
  const first = sym.codes.find((c) => !/^\d+$/.test(c));
  return (first && TYPE_BY_ABBR.get(key(first))?.docType) ?? CONG_VAN;
}

/** The document's own header (thể thức, NĐ 30/2020/NĐ-CP), each field found by its form, not its position. */
export function extractHeader(doc: Doc): { value: DocumentHeader; warnings: Message[] } {
  const text = doc.text;
  const warnings: Message[] = [];
  const mentions: Record<string, Mention> = {};
  const { lines, zone } = headerZone(text);
  const symbol = findSymbol(zone);
  const date = findPlaceDate(zone);
  const typeLine = findTypeLine(zone);
  const vvAt = zone.findIndex((s) => isVv(s.text));
  const subject = typeLine
    ? subjectAfterType(zone, typeLine)
    : vvAt >= 0
      ? readSubject(zone, zone[vvAt]!, vvAt + 1)
      : null;

  let docType: string | null = typeLine?.entry.docType ?? (vvAt >= 0 ? CONG_VAN : null);
  if (typeLine) mentions.docType = mention(text, typeLine.start, typeLine.end);
  if (!docType && symbol) {
    docType = typeOfSymbol(symbol);
    warnings.push({
      code: 'header-doctype-from-symbol',
      message: `document type "${docType}" read from the ký hiệu ${symbol.symbol}`,
    });
  }

  const noiNhan = findNoiNhan(lines);
  const columns = noiNhan === null ? null : signatureColumns(lines, noiNhan);
  const distribution = columns ? readDistribution(columns.list) : null;
  const signed = findSigner(columns?.lines ?? lines, text, noiNhan);
  const recipients = findRecipients(lines, zone.at(-1)?.line ?? 0);

  const found = findIssuer(zone);
  let issuer = found ? respellPlace(found.issuer, date?.place ?? null) : null;
  if (found) mentions.issuer = mention(text, found.start, found.end);
  if (!issuer && symbol) {
    const body = bodyOfSymbol(symbol.codes, isTypeCode);
    issuer = body ? inferIssuer(text, body, date?.place ?? null) : null;
    if (issuer)
      warnings.push({
        code: 'header-issuer-inferred',
        message: `no issuer lines; "${issuer}" inferred from the ký hiệu, the text and the place`,
      });
  }

  if (symbol) mentions.symbol = mention(text, symbol.start, symbol.end);
  if (date) {
    mentions.date = mention(text, date.start, date.end);
    if (date.place) mentions.place = mention(text, date.placeStart, date.placeEnd);
  }
  if (subject) mentions.subject = mention(text, subject.start, subject.end);
  if (recipients?.items.length) mentions.recipients = mention(text, recipients.start, recipients.end);
  if (distribution) mentions.distribution = mention(text, distribution.start, distribution.end);
  if (signed?.signer.mention) mentions.signer = signed.signer.mention;

  return {
    value: {
      docType,
      symbol: symbol?.symbol ?? null,
      number: symbol?.number ?? null,
      issuer,
      parentIssuer: found?.parentIssuer ?? null,
      place: date?.place ?? null,
      issuedOn: date?.issuedOn ?? null,
      year: date?.year ?? null,
      subject: subject?.text ?? null,
      recipients: recipients?.items ?? [],
      distribution: distribution?.items ?? [],
      signer: signed?.signer ?? null,
      mentions,
    },
    warnings,
  };
}
