import { type ReadDate, readDateAt } from './date.js';
import { bodyEnd } from './issuer.js';

export interface PassiveIssue {
  issuer: string;
  date: ReadDate;
}

// "Luật … số 41/2024/QH15 được Quốc hội khóa XV thông qua ngày 29/6/2024": the passive names the body that
// passed or signed the document and the day it did. Without such a verb and a day, "được <body> …" says nothing
// of issuance ("được UBND tỉnh giao", "có hiệu lực từ ngày …"), so both are required.
const PASSIVE =
  /[\s,]*được\s+(\p{Lu}[^\n,;.()]{1,100}?)\s+(?:thông\s+qua|ký\s+ban\s+hành|ban\s+hành)\s+(?:vào\s+)?(?=ngày\s)/duy;

/** The issuer and issue day of a passive clause at `pos`, or null. */
export function readPassiveIssueAt(text: string, pos: number): PassiveIssue | null {
  PASSIVE.lastIndex = pos;
  const m = PASSIVE.exec(text);
  if (!m) return null;
  const [bodyStart, bodyStop] = m.indices![1]!;
  // the words up to the verb must read as one body's name, not a clause
  if (bodyEnd(text, bodyStart) < bodyStop) return null;
  const date = readDateAt(text, PASSIVE.lastIndex);
  if (!date) return null;
  return { issuer: m[1]!.replace(/\s+/g, ' '), date };
}
