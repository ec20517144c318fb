/**
 * Expected results of a producer fixture: those of its source document (the referee's gold for a seed,
 * the hand-made sidecar otherwise), plus what the traits add: each stamp's signing day is a date the
 * page writes, and its fields are the digital signatures a reader must report.
 */
import { readFileSync } from 'node:fs';
import type { Stamp } from './model.js';
import { dayOf, isoOf } from './stamps.js';

interface Gold {
  id: string;
  source: string;
  dates: string[];
  [k: string]: unknown;
}

const field = (s: Stamp, labels: string[]): string | null => {
  for (const l of s.lines) for (const label of labels) if (l.startsWith(`${label}: `)) return l.slice(label.length + 2);
  return null;
};

export const signatureOf = (s: Stamp) => {
  const time = field(s, ['Thời gian ký', 'Ngày ký']);
  return {
    signedBy: field(s, ['Ký bởi', 'Người ký']),
    organization: field(s, ['Cơ quan']),
    email: field(s, ['Email']),
    signedAt: time === null ? null : isoOf(time),
  };
};

/** What a producer prints besides the document, none of which may reach the text. */
export interface Furniture {
  /** page numbers as printed from page 2, "#" for the number: "- # -", "Trang #", "#" */
  pageNumbers: string;
  footer?: string;
  watermark?: string;
}

export function expectedFor(
  goldPath: string,
  id: string,
  pdfName: string,
  stamps: Stamp[],
  furniture: Furniture,
): string {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const dates = [...gold.dates];
  for (const s of stamps) {
    const time = field(s, ['Thời gian ký', 'Ngày ký']);
    if (time && !dates.includes(dayOf(time))) dates.push(dayOf(time));
  }
  const out = {
    ...gold,
    id,
    source: pdfName,
    dates,
    ...(stamps.length > 0 ? { digitalSignatures: stamps.map(signatureOf) } : {}),
    furniture,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
