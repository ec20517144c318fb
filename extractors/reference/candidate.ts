import type { Mention } from '../../output/schema.js';
import { readDateAt } from './date.js';
import { readIssuerAt } from './issuer.js';
import { readPassiveIssueAt } from './passive.js';
import { readAboutAt } from './title.js';

/** One mention of a referenced document, before repeated mentions are merged. */
export interface Candidate {
  docType: string;
  /** the type word was written (not inferred from the ký hiệu) */
  typeWritten: boolean;
  symbol: string | null;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string | null;
  mention: Mention;
  raw: Record<string, string>;
}

const YEAR_BEFORE_ISSUER = /[ ,]*năm (?:19|20)\d\d(?![\d/])/y;
const BY_WHOM = /[\s,]*(?:của|do)\s/y;

export type Head = Omit<Candidate, 'issuedOn' | 'issuer' | 'mention'> & { start: number; end: number };

/**
 * Completes a mention with what follows its number or name: the date, the issuer ("của …"),
 * and the subject ("về …"). The mention span covers the type word to the issuer, not the subject,
 * so a date extractor can tell a reference's date from others.
 */
export function readTail(text: string, head: Head): Candidate {
  const raw = head.raw;
  let end = head.end;
  let issuedOn: string | null = null;
  let issuer: string | null = null;
  const takeDateAt = (pos: number): void => {
    const d = readDateAt(text, pos);
    if (!d) return;
    issuedOn = d.iso;
    raw.date = d.raw;
    end = d.end;
  };
  const takeDate = (): void => takeDateAt(end);
  // "số 749/QĐ-TTg năm 2020 của Thủ tướng …": a bare year names no day, but the issuer after it is still this
  // document's; only an explicit "của"/"do" makes it one, so "… năm 2024 của tỉnh đạt" stays without an issuer.
  const issuerAfterYear = (): ReturnType<typeof readIssuerAt> => {
    if (issuedOn) return null;
    YEAR_BEFORE_ISSUER.lastIndex = end;
    if (!YEAR_BEFORE_ISSUER.test(text)) return null;
    const yearEnd = YEAR_BEFORE_ISSUER.lastIndex;
    const at = readDateAt(text, yearEnd)?.end ?? yearEnd;
    BY_WHOM.lastIndex = at;
    if (!BY_WHOM.test(text)) return null;
    const who = readIssuerAt(text, at);
    if (who) takeDateAt(yearEnd);
    return who;
  };
  takeDate();
  const who = readIssuerAt(text, end) ?? issuerAfterYear();
  if (who) {
    issuer = who.issuer;
    raw.issuer = who.raw;
    end = who.end;
    if (!issuedOn) takeDate();
  } else if (!issuedOn) {
    const passive = readPassiveIssueAt(text, end);
    if (passive) {
      issuer = passive.issuer;
      issuedOn = passive.date.iso;
      raw.issuer = passive.issuer;
      raw.date = passive.date.raw;
      end = passive.date.end;
    }
  }
  let title = head.title;
  const about = readAboutAt(text, end);
  if (about) {
    title ??= about.title;
    raw.title = about.raw;
  }
  const { start } = head;
  return {
    docType: head.docType,
    typeWritten: head.typeWritten,
    symbol: head.symbol,
    number: head.number,
    issuedOn,
    issuer,
    title,
    mention: { text: text.slice(start, end), start, end },
    raw,
  };
}
