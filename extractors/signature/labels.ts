/**
 * The labelled fields of a digital-signature stamp. Signing tools (VGCA / Ban Cơ yếu, Adobe) print
 * "Ký bởi: …", "Email: …", "Cơ quan: …", "Thời gian ký: …" in small type, one field a line or several
 * on one line; a label always opens its line or follows the previous field's value.
 */

export type Field = 'signedBy' | 'organization' | 'email' | 'signedAt' | 'title';

/** Labels by field; within a field, longer labels first so "Được ký bởi" wins over "ký bởi". */
const LABELS: Record<Field, string[]> = {
  signedBy: ['Được ký bởi', 'Ký bởi', 'Người ký', 'Signed by'],
  organization: ['Cơ quan', 'Tổ chức'],
  email: ['E-mail', 'Email', 'Thư điện tử'],
  signedAt: ['Thời gian ký', 'Ngày giờ ký', 'Ngày ký', 'Ký ngày', 'Signing time', 'Date'],
  title: ['Chức vụ'],
};

/** Labels that name a stamp on their own: no body sentence opens a line with them. */
const STAMP_ONLY = new Set(['được ký bởi', 'ký bởi', 'signed by', 'thời gian ký']);

const source = (l: string): string => l.replace(/ /g, '\\s*');
const ALL = Object.entries(LABELS).flatMap(([field, ls]) => ls.map((l) => ({ field: field as Field, label: l })));
ALL.sort((a, b) => b.label.length - a.label.length);
const BY_LABEL = new Map(ALL.map((a) => [a.label.toLowerCase(), a.field]));

// A label, then its colon; it opens the line or follows white space (never inside a word).
const LABEL = new RegExp(`(?<![\\p{L}\\d])(${ALL.map((a) => source(a.label)).join('|')})\\s*:`, 'giu');
const LINE_START = new RegExp(`^[\\s*_]*(?:${ALL.map((a) => source(a.label)).join('|')})\\s*:`, 'iu');

export interface FieldRead {
  field: Field;
  /** the label as a stamp names it, lower case, single spaces ("ký bởi") */
  label: string;
  value: string;
  /** offsets of the label's start and the value's end, relative to the line */
  start: number;
  end: number;
}

/** True when the line opens with a stamp label ("Ký bởi:", "Email:", "Thời gian ký:" …). */
export const isStampLine = (line: string): boolean => LINE_START.test(line);

const SIGNING_START = new RegExp(
  `^[\\s*_]*(?:${ALL.filter((a) => a.field === 'signedBy' || a.field === 'signedAt')
    .map((a) => source(a.label))
    .join('|')})\\s*:`,
  'iu',
);

/** True when the line opens with the signer or the signing time ("Ký bởi:", "Ngày ký:"): what every stamp has. */
export const isSigningLine = (line: string): boolean => SIGNING_START.test(line);

/** Whether the label names a stamp by itself ("Ký bởi", "Thời gian ký"), not a field any form may have. */
export const isStampOnly = (label: string): boolean => STAMP_ONLY.has(label);

const TRAIL = /[\s,;.]+$/u;
const EMAIL_TRAIL = /[\s,;]+$/u;
const LEAD = /^\s+/u;

/** The fields of a line that opens with a stamp label, each value running to the next label. */
export function readFields(line: string): FieldRead[] {
  if (!isStampLine(line)) return [];
  const found: { label: string; start: number; valueStart: number }[] = [];
  for (const m of line.matchAll(LABEL)) {
    found.push({ label: m[1]!.replace(/\s+/g, ' ').toLowerCase(), start: m.index, valueStart: m.index + m[0].length });
  }
  return found.map((f, i) => {
    const stop = found[i + 1]?.start ?? line.length;
    const raw = line.slice(f.valueStart, stop);
    const lead = raw.length - raw.replace(LEAD, '').length;
    const field = BY_LABEL.get(f.label) ?? 'title';
    // an address may be broken after its dot, so an e-mail keeps one at its end
    const value = raw.replace(LEAD, '').replace(field === 'email' ? EMAIL_TRAIL : TRAIL, '');
    return {
      field,
      label: f.label,
      value,
      start: f.start,
      end: f.valueStart + lead + value.length,
    };
  });
}
