/** Stamps as VGCA / Ban Cơ yếu signing tools print them, and what a reader should get back from each. */
import type { Stamp } from './model.js';

export interface StampFields {
  signedBy: string;
  email?: string;
  organization?: string;
  /** "16.06.2021 08:49:26 +07:00" as the tool prints it */
  time: string;
  /** the signer's title, printed by some tools */
  title?: string;
}

/** The office's stamp (ký số văn thư): signer is the body, four lines. */
export const officeStamp = (f: StampFields, where: Stamp['where']): Stamp => ({
  where,
  lines: [
    `Ký bởi: ${f.signedBy}`,
    ...(f.email ? [`Email: ${f.email}`] : []),
    ...(f.organization ? [`Cơ quan: ${f.organization}`] : []),
    ...(f.title ? [`Chức vụ: ${f.title}`] : []),
    `Thời gian ký: ${f.time}`,
  ],
});

/** The signer's own stamp beside the signature: "Người ký", "Chức vụ", "Ngày ký". */
export const personStamp = (f: StampFields): Stamp => ({
  where: 'signature',
  lines: [
    `Người ký: ${f.signedBy}`,
    ...(f.title ? [`Chức vụ: ${f.title}`] : []),
    ...(f.email ? [`Email: ${f.email}`] : []),
    `Ngày ký: ${f.time}`,
  ],
});

/** "16.06.2021 08:49:26 +07:00" → the ISO form the extractor gives. */
export function isoOf(time: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}:\d{2}(?::\d{2})?)(?: ([+-]\d{2}:\d{2}))?$/.exec(time);
  if (!m) throw new Error(`stamp time not in the tools' form: ${time}`);
  return `${m[3]}-${m[2]}-${m[1]}T${m[4]}${m[5] ?? ''}`;
}

/** The calendar day of a stamp time, as it goes into dates[]. */
export const dayOf = (time: string): string => isoOf(time).slice(0, 10);
