import ends from '../../data/reference-title-ends.json' with { type: 'json' };
import { bodyEnd } from './issuer.js';
import { headAlternatives, ISSUER_HEADS, TYPE_WORD_SOURCE } from './vocabulary.js';

const alternatives = (words: readonly string[]): string =>
  headAlternatives([...words].sort((a, b) => b.length - a.length));

// A capitalised type word with a số/ký hiệu; "Kế hoạch phát triển …", "Kế hoạch 5 năm" have none.
const CITATION = `${TYPE_WORD_SOURCE}\\s+(?:số\\s*:?\\s*\\d|\\d{1,6}\\s?[-/]\\s?[\\p{L}\\d])`;
const BODY = `(${alternatives([...ISSUER_HEADS, ...ends.bodyWords])})`;
const OPENER = alternatives(ends.clauseOpeners);
const NEXT = new RegExp(`(?:,|\\s+và)\\s+(${CITATION})|,\\s+(?:${BODY}|${OPENER})(?![\\p{L}\\d])`, 'gu');
const CITED = new RegExp(CITATION, 'u');
// a citation's number may run past the clause end (a line break after "số")
const LOOK_PAST = 16;
// after a body that starts a clause comes its verb; after a body in a list, a comma, "và" or the end
const LISTED = /^(?:\s*[,;.)]|\s+(?:và|hoặc|cùng)\s|\s*$)/u;

/**
 * Where a subject read as `text.slice(from, to)` really ends: before the next citation or the clause
 * that follows it (see data/reference-title-ends.json); `to` when neither comes first.
 */
export function subjectEnd(text: string, from: number, to: number): number {
  const span = text.slice(from, to + LOOK_PAST);
  NEXT.lastIndex = 0;
  for (let m = NEXT.exec(span); m && m.index < to - from; m = NEXT.exec(span)) {
    // "về thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW": a subject that cites lists citations
    if (m[1] && CITED.test(span.slice(0, m.index))) continue;
    if (m[3] && isListed(text, from + m.index + m[0].length - m[3].length, to)) continue;
    return from + m.index;
  }
  return to;
}

// "…, Ban Tuyên giáo Tỉnh ủy xây dựng …" opens a clause; "…, Mặt trận Tổ quốc và các đoàn thể" is a list.
function isListed(text: string, bodyStart: number, to: number): boolean {
  const end = bodyEnd(text, bodyStart);
  return end < 0 || end >= to || LISTED.test(text.slice(end, Math.min(to, end + 8)));
}
